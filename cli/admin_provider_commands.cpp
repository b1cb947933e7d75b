// kolmi admin provider add|list|set: carriers and their buy tariffs (issue
// 15 item 1). Admins only; the checks and writes are
// core/console/provider_changes, the view core/console/provider_listing.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/admin_common.hpp"
#include "core/console/provider_changes.hpp"
#include "core/console/provider_listing.hpp"
#include "core/store/providers.hpp"

namespace kolmi::cli {

namespace {

void run_provider_list(Context& ctx) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  console::write_provider_list(*ctx.tree_writer(format), store::list_providers(db));
}

template <typename Change>
void run_provider_change(Context& ctx, std::string_view root, Change change) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const console::ProviderChange done = change(db);
  console::write_provider_result(*ctx.tree_writer(format), root, done.provider, done.message);
}

struct SetOptions {
  console::ProviderSet set;
  std::string new_name, tariff, tech;
  std::vector<std::string> peers;
};

}  // namespace

void add_admin_provider_commands(CLI::App& group, Context& ctx) {
  auto* provider = group.add_subcommand("provider", "Carriers calls leave through, and their buy tariffs: add, list, set");
  provider->require_subcommand(1);

  auto add = std::make_shared<console::ProviderAdd>();
  auto* add_cmd = provider->add_subcommand("add", "Add a provider priced by a provider tariff");
  add_cmd->add_option("NAME", add->name, "Provider name")->required();
  add_cmd->add_option("--tariff", add->tariff, "Its buy tariff (purpose provider)")->required();
  add_cmd->add_option("--peer", add->peers,
                      "A channel peer naming it in CDRs (carrier, SIP/carrier, sofia/gateway/carrier, a host); "
                      "repeatable");
  add_cmd->add_option("--tech", add->tech, "Technology (MOR's tech column)")->capture_default_str();
  add_cmd->callback([&ctx, add] {
    run_provider_change(ctx, "provider_add", [&](store::Database& db) { return console::add_provider(db, *add); });
  });

  provider->add_subcommand("list", "List the providers: tech, buy tariff, currency and peers")
      ->callback([&ctx] { run_provider_list(ctx); });

  auto set = std::make_shared<SetOptions>();
  auto* set_cmd = provider->add_subcommand("set", "Change a provider: name, tariff, tech or peers");
  set_cmd->add_option("NAME", set->set.name, "Provider name")->required();
  auto* name_opt = set_cmd->add_option("--name", set->new_name, "New name");
  auto* tariff_opt = set_cmd->add_option("--tariff", set->tariff, "New buy tariff (purpose provider)");
  auto* tech_opt = set_cmd->add_option("--tech", set->tech, "New technology");
  auto* peer_opt = set_cmd->add_option("--peer", set->peers, "Replace every peer with these; repeatable");
  auto* add_peer = set_cmd->add_option("--add-peer", set->set.add_peers, "Add a peer; repeatable");
  auto* remove_peer = set_cmd->add_option("--remove-peer", set->set.remove_peers, "Remove a peer; repeatable");
  peer_opt->excludes(add_peer)->excludes(remove_peer);
  set_cmd->callback([&ctx, set, name_opt, tariff_opt, tech_opt, peer_opt] {
    console::ProviderSet& s = set->set;
    if (*name_opt) s.new_name = set->new_name;
    if (*tariff_opt) s.tariff = set->tariff;
    if (*tech_opt) s.tech = set->tech;
    if (*peer_opt) s.peers = set->peers;
    run_provider_change(ctx, "provider_set", [&](store::Database& db) { return console::set_provider(db, s); });
  });
}

}  // namespace kolmi::cli
