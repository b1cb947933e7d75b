#include "core/pages/i18n.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace kolmi::pages {

namespace {
// English key -> Russian. Keep grouped by meaning, not alphabetically; the
// table is small enough that a linear search costs nothing.
constexpr std::pair<std::string_view, std::string_view> kRussian[] = {
    {"Login page", "Вход"},
    {"Main page", "Главная страница"},
    {"Postpaid", "Постоплата"},
    {"Prepaid", "Предоплата"},
    {"No Limit", "Без лимита"},
    {"Month", "Месяц"},
    {"Day", "День"},
    {"Succesfully logged in", "Вход выполнен"},
    {"Invalid login or password", "Неверный логин или пароль"},
    {"User is blocked", "Пользователь заблокирован"},
    {"Logged out", "Выход выполнен"},
    {"Answered", "Отвечен"},
    {"No Answer", "Нет ответа"},
    {"Busy", "Занято"},
    {"Rates", "Тарифы"},
    {"Destinations", "Направления"},
    {"Failed", "Ошибка"},
    {"Calls", "Звонки"},
    {"Missed calls", "Пропущенные звонки"},
    {"Detailed statistics", "Подробная статистика"},
    {"Personal details", "Личные данные"},
    {"Devices", "Устройства"},
    {"Payments", "Платежи"},
    {"Invoices", "Счета"},
    {"User subscriptions", "Подписки"},
    {"CallerIDs", "Номера CallerID"},
    {"Phonebook", "Телефонная книга"},
    {"Faxes", "Факсы"},
    {"Yes", "Да"},
    {"No", "Нет"},
    {"Received", "Получен"},
    {"No image", "Нет изображения"},
    {"Empty", "Пустой"},
    // Actions: personal details, CLIs, phonebook.
    {"Personal details changed", "Личные данные изменены"},
    {"CLI created", "CLI добавлен"},
    {"CLI not created: the device already has this CLI", "CLI не добавлен: у устройства уже есть этот CLI"},
    {"Record added", "Запись добавлена"},
    {"Record deleted", "Запись удалена"},
    {"Please fill all fields", "Пожалуйста, заполните все поля"},
    {"We're sorry, but something went wrong", "Извините, что-то пошло не так"},
    {"no such device of yours: {}", "у вас нет устройства {}"},
    {"--password and --password-confirm must be given together",
     "--password и --password-confirm задаются только вместе"},
    {"--password and --password-confirm differ", "--password и --password-confirm не совпадают"},
    {"{}: not valid UTF-8", "{}: недопустимая кодировка (нужен UTF-8)"},
    {"{}: control characters are not allowed", "{}: управляющие символы недопустимы"},
    {"{}: too long (at most {} characters)", "{}: слишком длинное значение (не более {} символов)"},
    {"{}: too short (at least {} characters)", "{}: слишком короткое значение (не менее {} символов)"},
    {"{}: not a valid e-mail address", "{}: неверный адрес электронной почты"},
    {"{}: not a valid phone number (digits, an optional leading +, single spaces or dashes between "
     "digits; 3 to 20 digits)",
     "{}: неверный номер телефона (цифры, в начале может стоять +, между цифрами — одиночные пробелы "
     "или дефисы; от 3 до 20 цифр)"},
    {"{}: not a valid CLI (an optional leading + and 3 to 20 digits)",
     "{}: неверный CLI (от 3 до 20 цифр, в начале может стоять +)"},
    {"{}: unknown country; give a country name or ISO 3166 alpha-3 code from the directions list",
     "{}: неизвестная страна; укажите название или код ISO 3166 alpha-3 из списка направлений"},
    {"{}: several countries have this name; give its ISO 3166 alpha-3 code",
     "{}: это название носят несколько стран; укажите код ISO 3166 alpha-3"},
    // Callback.
    {"Callback activated", "Обратный звонок заказан"},
    {"No callback spool folder is configured", "Не настроена папка очереди обратных звонков"},
    // Exports.
    {"Call list", "Список звонков"},
    {"Personal rates", "Персональные тарифы"},
    {"Period", "Период"},
    {"Currency", "Валюта"},
    {"Number of calls", "Количество звонков"},
    {"Tariff", "Тариф"},
    {"Date", "Дата"},
    {"Called from", "Откуда"},
    {"Called to", "Куда"},
    {"Destination", "Направление"},
    {"Duration", "Длительность"},
    {"Hangup cause", "Результат"},
    {"Price", "Цена"},
    {"Total", "Итого"},
    {"Name", "Название"},
    {"Type", "Тип"},
    {"Rate", "Ставка"},
    {"Rate with VAT", "Ставка с НДС"},
    // The statistics chart (stats export).
    {"Calls per day", "Звонки по дням"},
    {"Minutes per day", "Минуты по дням"},
    {"Minutes", "Минуты"},
    {"Answered calls", "Отвеченные"},
    {"ASR, %", "ASR (дозвон), %"},
    {"No calls in this period", "За этот период звонков нет"},
    // Messages on stderr (issue 11): usage errors' fixed words, and what a
    // customer meets: not logged in, bad credentials, not found.
    {" (see {} --help)", " (см. {} --help)"},
    {"unknown option {}", "неизвестный параметр {}"},
    {"unknown command {}", "неизвестная команда {}"},
    {"; did you mean {}?", "; возможно, имелось в виду {}?"},
    {"; the commands of {} are {}", "; команды {}: {}"},
    {"unexpected argument {}", "лишний аргумент {}"},
    {"{} needs a value", "{}: нужно значение"},
    {" ({})", " ({})"},
    {"no command given", "не указана команда"},
    {"a command is needed: {}", "нужна команда: {}"},
    {"{} is required", "{}: обязательный параметр"},
    {"{}: {} is not one of {}", "{}: {} — не одно из значений {}"},
    {"{} and {} cannot be used together", "{} и {} нельзя указывать вместе"},
    {"{} needs {} too", "{} требует и {}"},
    {"not logged in; run kolmi login (or set KOLMI_USER and KOLMI_PASSWORD)",
     "вход не выполнен; выполните kolmi login (или задайте KOLMI_USER и KOLMI_PASSWORD)"},
    {"session expired; run kolmi login", "сеанс истёк; выполните kolmi login"},
    {"session is not valid for this database; run kolmi login",
     "сеанс недействителен для этой базы данных; выполните kolmi login"},
    {"user is blocked", "пользователь заблокирован"},
    {"Invalid login or password (KOLMI_USER and KOLMI_PASSWORD, from the environment)",
     "Неверный логин или пароль (KOLMI_USER и KOLMI_PASSWORD из окружения)"},
    {"User is blocked (KOLMI_USER and KOLMI_PASSWORD, from the environment)",
     "Пользователь заблокирован (KOLMI_USER и KOLMI_PASSWORD из окружения)"},
    {"not logged in: KOLMI_USER is set in the environment but KOLMI_PASSWORD is not; set both for a "
     "one-shot login, or run kolmi login",
     "вход не выполнен: в окружении задан KOLMI_USER, но не KOLMI_PASSWORD; задайте оба для разового "
     "входа или выполните kolmi login"},
    {"not logged in: KOLMI_PASSWORD is set in the environment but KOLMI_USER is not; set both for a "
     "one-shot login, or run kolmi login",
     "вход не выполнен: в окружении задан KOLMI_PASSWORD, но не KOLMI_USER; задайте оба для разового "
     "входа или выполните kolmi login"},
    {"--as is only for admins", "--as доступен только администраторам"},
    {"no such user: {}", "нет такого пользователя: {}"},
    {"no such missed call of yours: {}", "у вас нет пропущенного звонка {}"},
    {"no such destination group of yours: {}", "у вас нет группы направлений {}"},
    {"{} failed: {}", "{}: ошибка: {}"},
};
}  // namespace

Lang parse_lang(std::string_view code) { return code == "ru" ? Lang::ru : Lang::en; }

std::string_view lang_code(Lang lang) { return lang == Lang::ru ? "ru" : "en"; }

std::string_view tr(Lang lang, std::string_view key) {
  if (lang == Lang::en) return key;
  for (const auto& [en, ru] : kRussian) {
    if (en == key) return ru;
  }
  return key;
}

namespace {
// The values `message` holds where `key` has {}, when it has that shape.
std::optional<std::vector<std::string_view>> match(std::string_view key, std::string_view message) {
  std::vector<std::string_view> literals;
  for (std::size_t at = 0;;) {
    const std::size_t hole = key.find("{}", at);
    literals.push_back(key.substr(at, hole == std::string_view::npos ? std::string_view::npos : hole - at));
    if (hole == std::string_view::npos) break;
    at = hole + 2;
  }
  if (literals.size() < 2) return std::nullopt;  // no {}: tr() compares whole messages
  const std::string_view first = literals.front();
  const std::string_view last = literals.back();
  if (message.size() < first.size() + last.size() || message.substr(0, first.size()) != first ||
      message.substr(message.size() - last.size()) != last) {
    return std::nullopt;
  }
  std::string_view rest = message.substr(first.size(), message.size() - first.size() - last.size());
  std::vector<std::string_view> values;
  for (std::size_t i = 1; i + 1 < literals.size(); ++i) {
    const std::size_t at = rest.find(literals[i]);
    if (at == std::string_view::npos || literals[i].empty()) return std::nullopt;
    values.push_back(rest.substr(0, at));
    rest.remove_prefix(at + literals[i].size());
  }
  values.push_back(rest);
  return values;
}
}  // namespace

std::string translate(Lang lang, std::string_view message) {
  if (lang == Lang::en) return std::string(message);
  if (std::string_view whole = tr(lang, message); whole != message) return std::string(whole);
  for (const auto& [en, ru] : kRussian) {
    auto values = match(en, message);
    if (!values) continue;
    // Fill the translation's holes in order, without fmt: a value may hold braces.
    std::string out;
    std::size_t at = 0;
    for (std::string_view v : *values) {
      const std::size_t hole = ru.find("{}", at);
      if (hole == std::string_view::npos) break;
      out.append(ru.substr(at, hole - at)).append(v);
      at = hole + 2;
    }
    out.append(ru.substr(at));
    return out;
  }
  return std::string(message);
}

}  // namespace kolmi::pages
