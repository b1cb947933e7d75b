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
