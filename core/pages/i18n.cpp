#include "core/pages/i18n.hpp"

#include <utility>

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
    // Callback.
    // Exports.
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

}  // namespace kolmi::pages
