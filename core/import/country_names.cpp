// Generated from Debian's iso-codes (iso_3166-1.json: name, common_name,
// official_name) plus the spellings rate decks use (USA, UK, Russia, Ivory
// Coast, St. Kitts, ...). Keep both arrays sorted: they are binary-searched.
#include "core/import/country_names.hpp"

#include <algorithm>
#include <array>

namespace kolmi::import {

namespace {

// clang-format off
constexpr std::array<CountryName, 251> kCountries = {{
    {"ABW", "Aruba"}, {"AFG", "Afghanistan"}, {"AGO", "Angola"}, {"AIA", "Anguilla"},
    {"ALA", "Aland Islands"}, {"ALB", "Albania"}, {"AND", "Andorra"}, {"ANT", "Netherlands Antilles"},
    {"ARE", "United Arab Emirates"}, {"ARG", "Argentina"}, {"ARM", "Armenia"}, {"ASM", "American Samoa"},
    {"ATA", "Antarctica"}, {"ATF", "French Southern Territories"}, {"ATG", "Antigua and Barbuda"},
    {"AUS", "Australia"}, {"AUT", "Austria"}, {"AZE", "Azerbaijan"}, {"BDI", "Burundi"}, {"BEL", "Belgium"},
    {"BEN", "Benin"}, {"BES", "Caribbean Netherlands"}, {"BFA", "Burkina Faso"}, {"BGD", "Bangladesh"},
    {"BGR", "Bulgaria"}, {"BHR", "Bahrain"}, {"BHS", "Bahamas"}, {"BIH", "Bosnia and Herzegovina"},
    {"BLM", "Saint Barthelemy"}, {"BLR", "Belarus"}, {"BLZ", "Belize"}, {"BMU", "Bermuda"},
    {"BOL", "Bolivia"}, {"BRA", "Brazil"}, {"BRB", "Barbados"}, {"BRN", "Brunei"}, {"BTN", "Bhutan"},
    {"BVT", "Bouvet Island"}, {"BWA", "Botswana"}, {"CAF", "Central African Republic"}, {"CAN", "Canada"},
    {"CCK", "Cocos (Keeling) Islands"}, {"CHE", "Switzerland"}, {"CHL", "Chile"}, {"CHN", "China"},
    {"CIV", "Ivory Coast"}, {"CMR", "Cameroon"}, {"COD", "Democratic Republic of the Congo"},
    {"COG", "Congo"}, {"COK", "Cook Islands"}, {"COL", "Colombia"}, {"COM", "Comoros"}, {"CPV", "Cape Verde"},
    {"CRI", "Costa Rica"}, {"CUB", "Cuba"}, {"CUW", "Curacao"}, {"CXR", "Christmas Island"},
    {"CYM", "Cayman Islands"}, {"CYP", "Cyprus"}, {"CZE", "Czech Republic"}, {"DEU", "Germany"},
    {"DJI", "Djibouti"}, {"DMA", "Dominica"}, {"DNK", "Denmark"}, {"DOM", "Dominican Republic"},
    {"DZA", "Algeria"}, {"ECU", "Ecuador"}, {"EGY", "Egypt"}, {"ERI", "Eritrea"}, {"ESH", "Western Sahara"},
    {"ESP", "Spain"}, {"EST", "Estonia"}, {"ETH", "Ethiopia"}, {"FIN", "Finland"}, {"FJI", "Fiji"},
    {"FLK", "Falkland Islands"}, {"FRA", "France"}, {"FRO", "Faroe Islands"}, {"FSM", "Micronesia"},
    {"GAB", "Gabon"}, {"GBR", "United Kingdom"}, {"GEO", "Georgia"}, {"GGY", "Guernsey"}, {"GHA", "Ghana"},
    {"GIB", "Gibraltar"}, {"GIN", "Guinea"}, {"GLP", "Guadeloupe"}, {"GMB", "Gambia"},
    {"GNB", "Guinea-Bissau"}, {"GNQ", "Equatorial Guinea"}, {"GRC", "Greece"}, {"GRD", "Grenada"},
    {"GRL", "Greenland"}, {"GTM", "Guatemala"}, {"GUF", "French Guiana"}, {"GUM", "Guam"}, {"GUY", "Guyana"},
    {"HKG", "Hong Kong"}, {"HMD", "Heard Island and McDonald Islands"}, {"HND", "Honduras"},
    {"HRV", "Croatia"}, {"HTI", "Haiti"}, {"HUN", "Hungary"}, {"IDN", "Indonesia"}, {"IMN", "Isle of Man"},
    {"IND", "India"}, {"IOT", "British Indian Ocean Territory"}, {"IRL", "Ireland"}, {"IRN", "Iran"},
    {"IRQ", "Iraq"}, {"ISL", "Iceland"}, {"ISR", "Israel"}, {"ITA", "Italy"}, {"JAM", "Jamaica"},
    {"JEY", "Jersey"}, {"JOR", "Jordan"}, {"JPN", "Japan"}, {"KAZ", "Kazakhstan"}, {"KEN", "Kenya"},
    {"KGZ", "Kyrgyzstan"}, {"KHM", "Cambodia"}, {"KIR", "Kiribati"}, {"KNA", "Saint Kitts and Nevis"},
    {"KOR", "South Korea"}, {"KWT", "Kuwait"}, {"LAO", "Laos"}, {"LBN", "Lebanon"}, {"LBR", "Liberia"},
    {"LBY", "Libya"}, {"LCA", "Saint Lucia"}, {"LIE", "Liechtenstein"}, {"LKA", "Sri Lanka"},
    {"LSO", "Lesotho"}, {"LTU", "Lithuania"}, {"LUX", "Luxembourg"}, {"LVA", "Latvia"}, {"MAC", "Macau"},
    {"MAF", "Saint Martin"}, {"MAR", "Morocco"}, {"MCO", "Monaco"}, {"MDA", "Moldova"}, {"MDG", "Madagascar"},
    {"MDV", "Maldives"}, {"MEX", "Mexico"}, {"MHL", "Marshall Islands"}, {"MKD", "North Macedonia"},
    {"MLI", "Mali"}, {"MLT", "Malta"}, {"MMR", "Myanmar"}, {"MNE", "Montenegro"}, {"MNG", "Mongolia"},
    {"MNP", "Northern Mariana Islands"}, {"MOZ", "Mozambique"}, {"MRT", "Mauritania"}, {"MSR", "Montserrat"},
    {"MTQ", "Martinique"}, {"MUS", "Mauritius"}, {"MWI", "Malawi"}, {"MYS", "Malaysia"}, {"MYT", "Mayotte"},
    {"NAM", "Namibia"}, {"NCL", "New Caledonia"}, {"NER", "Niger"}, {"NFK", "Norfolk Island"},
    {"NGA", "Nigeria"}, {"NIC", "Nicaragua"}, {"NIU", "Niue"}, {"NLD", "Netherlands"}, {"NOR", "Norway"},
    {"NPL", "Nepal"}, {"NRU", "Nauru"}, {"NZL", "New Zealand"}, {"OMN", "Oman"}, {"PAK", "Pakistan"},
    {"PAN", "Panama"}, {"PCN", "Pitcairn"}, {"PER", "Peru"}, {"PHL", "Philippines"}, {"PLW", "Palau"},
    {"PNG", "Papua New Guinea"}, {"POL", "Poland"}, {"PRI", "Puerto Rico"}, {"PRK", "North Korea"},
    {"PRT", "Portugal"}, {"PRY", "Paraguay"}, {"PSE", "Palestine"}, {"PYF", "French Polynesia"},
    {"QAT", "Qatar"}, {"REU", "Reunion"}, {"ROU", "Romania"}, {"RUS", "Russia"}, {"RWA", "Rwanda"},
    {"SAU", "Saudi Arabia"}, {"SDN", "Sudan"}, {"SEN", "Senegal"}, {"SGP", "Singapore"},
    {"SGS", "South Georgia and the South Sandwich Islands"}, {"SHN", "Saint Helena"},
    {"SJM", "Svalbard and Jan Mayen"}, {"SLB", "Solomon Islands"}, {"SLE", "Sierra Leone"},
    {"SLV", "El Salvador"}, {"SMR", "San Marino"}, {"SOM", "Somalia"}, {"SPM", "Saint Pierre and Miquelon"},
    {"SRB", "Serbia"}, {"SSD", "South Sudan"}, {"STP", "Sao Tome and Principe"}, {"SUR", "Suriname"},
    {"SVK", "Slovakia"}, {"SVN", "Slovenia"}, {"SWE", "Sweden"}, {"SWZ", "Eswatini"}, {"SXM", "Sint Maarten"},
    {"SYC", "Seychelles"}, {"SYR", "Syria"}, {"TCA", "Turks and Caicos Islands"}, {"TCD", "Chad"},
    {"TGO", "Togo"}, {"THA", "Thailand"}, {"TJK", "Tajikistan"}, {"TKL", "Tokelau"}, {"TKM", "Turkmenistan"},
    {"TLS", "East Timor"}, {"TON", "Tonga"}, {"TTO", "Trinidad and Tobago"}, {"TUN", "Tunisia"},
    {"TUR", "Turkey"}, {"TUV", "Tuvalu"}, {"TWN", "Taiwan"}, {"TZA", "Tanzania"}, {"UGA", "Uganda"},
    {"UKR", "Ukraine"}, {"UMI", "US Minor Outlying Islands"}, {"URY", "Uruguay"}, {"USA", "United States"},
    {"UZB", "Uzbekistan"}, {"VAT", "Vatican"}, {"VCT", "Saint Vincent and the Grenadines"},
    {"VEN", "Venezuela"}, {"VGB", "British Virgin Islands"}, {"VIR", "US Virgin Islands"}, {"VNM", "Vietnam"},
    {"VUT", "Vanuatu"}, {"WLF", "Wallis and Futuna"}, {"WSM", "Samoa"}, {"XKX", "Kosovo"}, {"YEM", "Yemen"},
    {"ZAF", "South Africa"}, {"ZMB", "Zambia"}, {"ZWE", "Zimbabwe"},
}};

constexpr std::array<CountryAlias, 496> kAliases = {{
    {"afghanistan", "AFG"}, {"aland islands", "ALA"}, {"albania", "ALB"}, {"algeria", "DZA"},
    {"american samoa", "ASM"}, {"andorra", "AND"}, {"angola", "AGO"}, {"anguilla", "AIA"},
    {"antarctica", "ATA"}, {"antigua", "ATG"}, {"antigua and barbuda", "ATG"},
    {"arab republic of egypt", "EGY"}, {"argentina", "ARG"}, {"argentine republic", "ARG"},
    {"armenia", "ARM"}, {"aruba", "ABW"}, {"ascension", "SHN"}, {"ascension island", "SHN"},
    {"australia", "AUS"}, {"austria", "AUT"}, {"azerbaijan", "AZE"}, {"bahamas", "BHS"}, {"bahrain", "BHR"},
    {"bangladesh", "BGD"}, {"barbados", "BRB"}, {"belarus", "BLR"}, {"belgium", "BEL"}, {"belize", "BLZ"},
    {"benin", "BEN"}, {"bermuda", "BMU"}, {"bhutan", "BTN"}, {"bolivarian republic of venezuela", "VEN"},
    {"bolivia", "BOL"}, {"bolivia plurinational state of", "BOL"}, {"bonaire sint eustatius and saba", "BES"},
    {"bosnia", "BIH"}, {"bosnia and herzegovina", "BIH"}, {"bosnia and herzegowina", "BIH"},
    {"bosnia herzegovina", "BIH"}, {"botswana", "BWA"}, {"bouvet island", "BVT"}, {"brazil", "BRA"},
    {"british indian ocean territory", "IOT"}, {"british virgin islands", "VGB"}, {"brunei", "BRN"},
    {"brunei darussalam", "BRN"}, {"bulgaria", "BGR"}, {"burkina faso", "BFA"}, {"burma", "MMR"},
    {"burundi", "BDI"}, {"c te d ivoire", "CIV"}, {"cabo verde", "CPV"}, {"cambodia", "KHM"},
    {"cameroon", "CMR"}, {"canada", "CAN"}, {"cape verde", "CPV"}, {"caribbean netherlands", "BES"},
    {"cayman islands", "CYM"}, {"central african republic", "CAF"}, {"chad", "TCD"}, {"chile", "CHL"},
    {"china", "CHN"}, {"christmas island", "CXR"}, {"cocos keeling islands", "CCK"}, {"colombia", "COL"},
    {"commonwealth of dominica", "DMA"}, {"commonwealth of the bahamas", "BHS"},
    {"commonwealth of the northern mariana islands", "MNP"}, {"comoros", "COM"}, {"congo", "COG"},
    {"congo dr", "COD"}, {"congo the democratic republic of the", "COD"}, {"cook islands", "COK"},
    {"costa rica", "CRI"}, {"cote d ivoire", "CIV"}, {"croatia", "HRV"}, {"cuba", "CUB"}, {"cura ao", "CUW"},
    {"curacao", "CUW"}, {"cyprus", "CYP"}, {"czech republic", "CZE"}, {"czechia", "CZE"},
    {"democratic people s republic of korea", "PRK"}, {"democratic republic of congo", "COD"},
    {"democratic republic of sao tome and principe", "STP"}, {"democratic republic of the congo", "COD"},
    {"democratic republic of timor leste", "TLS"}, {"democratic socialist republic of sri lanka", "LKA"},
    {"denmark", "DNK"}, {"diego garcia", "IOT"}, {"djibouti", "DJI"}, {"dominica", "DMA"},
    {"dominican republic", "DOM"}, {"dr congo", "COD"}, {"east timor", "TLS"},
    {"eastern republic of uruguay", "URY"}, {"ecuador", "ECU"}, {"egypt", "EGY"}, {"el salvador", "SLV"},
    {"equatorial guinea", "GNQ"}, {"eritrea", "ERI"}, {"estonia", "EST"}, {"eswatini", "SWZ"},
    {"ethiopia", "ETH"}, {"falkland islands", "FLK"}, {"falkland islands malvinas", "FLK"},
    {"faroe islands", "FRO"}, {"federal democratic republic of ethiopia", "ETH"},
    {"federal democratic republic of nepal", "NPL"}, {"federal republic of germany", "DEU"},
    {"federal republic of nigeria", "NGA"}, {"federal republic of somalia", "SOM"},
    {"federated states of micronesia", "FSM"}, {"federative republic of brazil", "BRA"}, {"fiji", "FJI"},
    {"finland", "FIN"}, {"france", "FRA"}, {"french guiana", "GUF"}, {"french polynesia", "PYF"},
    {"french republic", "FRA"}, {"french southern territories", "ATF"}, {"gabon", "GAB"},
    {"gabonese republic", "GAB"}, {"gambia", "GMB"}, {"georgia", "GEO"}, {"germany", "DEU"}, {"ghana", "GHA"},
    {"gibraltar", "GIB"}, {"grand duchy of luxembourg", "LUX"}, {"great britain", "GBR"}, {"greece", "GRC"},
    {"greenland", "GRL"}, {"grenada", "GRD"}, {"guadeloupe", "GLP"}, {"guam", "GUM"}, {"guatemala", "GTM"},
    {"guernsey", "GGY"}, {"guinea", "GIN"}, {"guinea bissau", "GNB"}, {"guyana", "GUY"}, {"haiti", "HTI"},
    {"hashemite kingdom of jordan", "JOR"}, {"heard island and mcdonald islands", "HMD"},
    {"hellenic republic", "GRC"}, {"holland", "NLD"}, {"holy see vatican city state", "VAT"},
    {"honduras", "HND"}, {"hong kong", "HKG"}, {"hong kong special administrative region of china", "HKG"},
    {"hungary", "HUN"}, {"iceland", "ISL"}, {"independent state of papua new guinea", "PNG"},
    {"independent state of samoa", "WSM"}, {"india", "IND"}, {"indonesia", "IDN"}, {"iran", "IRN"},
    {"iran islamic republic of", "IRN"}, {"iraq", "IRQ"}, {"ireland", "IRL"},
    {"islamic republic of afghanistan", "AFG"}, {"islamic republic of iran", "IRN"},
    {"islamic republic of mauritania", "MRT"}, {"islamic republic of pakistan", "PAK"},
    {"isle of man", "IMN"}, {"israel", "ISR"}, {"italian republic", "ITA"}, {"italy", "ITA"},
    {"ivory coast", "CIV"}, {"jamaica", "JAM"}, {"japan", "JPN"}, {"jersey", "JEY"}, {"jordan", "JOR"},
    {"kazakhstan", "KAZ"}, {"kenya", "KEN"}, {"kingdom of bahrain", "BHR"}, {"kingdom of belgium", "BEL"},
    {"kingdom of bhutan", "BTN"}, {"kingdom of cambodia", "KHM"}, {"kingdom of denmark", "DNK"},
    {"kingdom of eswatini", "SWZ"}, {"kingdom of lesotho", "LSO"}, {"kingdom of morocco", "MAR"},
    {"kingdom of norway", "NOR"}, {"kingdom of saudi arabia", "SAU"}, {"kingdom of spain", "ESP"},
    {"kingdom of sweden", "SWE"}, {"kingdom of thailand", "THA"}, {"kingdom of the netherlands", "NLD"},
    {"kingdom of tonga", "TON"}, {"kiribati", "KIR"}, {"korea democratic people s republic of", "PRK"},
    {"korea north", "PRK"}, {"korea republic", "KOR"}, {"korea republic of", "KOR"}, {"korea south", "KOR"},
    {"kosovo", "XKX"}, {"kuwait", "KWT"}, {"kyrgyz republic", "KGZ"}, {"kyrgyzstan", "KGZ"},
    {"land islands", "ALA"}, {"lao people s democratic republic", "LAO"}, {"laos", "LAO"}, {"latvia", "LVA"},
    {"lebanese republic", "LBN"}, {"lebanon", "LBN"}, {"lesotho", "LSO"}, {"liberia", "LBR"},
    {"libya", "LBY"}, {"liechtenstein", "LIE"}, {"lithuania", "LTU"}, {"luxembourg", "LUX"}, {"macao", "MAC"},
    {"macao special administrative region of china", "MAC"}, {"macau", "MAC"}, {"macedonia", "MKD"},
    {"madagascar", "MDG"}, {"malawi", "MWI"}, {"malaysia", "MYS"}, {"maldives", "MDV"}, {"mali", "MLI"},
    {"malta", "MLT"}, {"marshall islands", "MHL"}, {"martinique", "MTQ"}, {"mauritania", "MRT"},
    {"mauritius", "MUS"}, {"mayotte", "MYT"}, {"mexico", "MEX"}, {"micronesia", "FSM"},
    {"micronesia federated states of", "FSM"}, {"midway islands", "UMI"}, {"moldova", "MDA"},
    {"moldova republic of", "MDA"}, {"monaco", "MCO"}, {"mongolia", "MNG"}, {"montenegro", "MNE"},
    {"montserrat", "MSR"}, {"morocco", "MAR"}, {"mozambique", "MOZ"}, {"myanmar", "MMR"}, {"namibia", "NAM"},
    {"nauru", "NRU"}, {"nepal", "NPL"}, {"netherlands", "NLD"}, {"netherlands antilles", "ANT"},
    {"new caledonia", "NCL"}, {"new zealand", "NZL"}, {"nicaragua", "NIC"}, {"niger", "NER"},
    {"nigeria", "NGA"}, {"niue", "NIU"}, {"no mariana islands", "MNP"}, {"norfolk", "NFK"},
    {"norfolk island", "NFK"}, {"north korea", "PRK"}, {"north macedonia", "MKD"},
    {"northern mariana islands", "MNP"}, {"norway", "NOR"}, {"oman", "OMN"}, {"pakistan", "PAK"},
    {"palau", "PLW"}, {"palestine", "PSE"}, {"palestine authority", "PSE"}, {"palestine state of", "PSE"},
    {"palestinian authority", "PSE"}, {"palestinian territories", "PSE"}, {"panama", "PAN"},
    {"papua new guinea", "PNG"}, {"paraguay", "PRY"}, {"people s democratic republic of algeria", "DZA"},
    {"people s republic of bangladesh", "BGD"}, {"people s republic of china", "CHN"}, {"peru", "PER"},
    {"philippines", "PHL"}, {"pitcairn", "PCN"}, {"plurinational state of bolivia", "BOL"}, {"poland", "POL"},
    {"portugal", "PRT"}, {"portuguese republic", "PRT"}, {"principality of andorra", "AND"},
    {"principality of liechtenstein", "LIE"}, {"principality of monaco", "MCO"}, {"puerto rico", "PRI"},
    {"qatar", "QAT"}, {"r union", "REU"}, {"republic of albania", "ALB"}, {"republic of angola", "AGO"},
    {"republic of armenia", "ARM"}, {"republic of austria", "AUT"}, {"republic of azerbaijan", "AZE"},
    {"republic of belarus", "BLR"}, {"republic of benin", "BEN"},
    {"republic of bosnia and herzegovina", "BIH"}, {"republic of botswana", "BWA"},
    {"republic of bulgaria", "BGR"}, {"republic of burundi", "BDI"}, {"republic of c te d ivoire", "CIV"},
    {"republic of cabo verde", "CPV"}, {"republic of cameroon", "CMR"}, {"republic of chad", "TCD"},
    {"republic of chile", "CHL"}, {"republic of colombia", "COL"}, {"republic of costa rica", "CRI"},
    {"republic of croatia", "HRV"}, {"republic of cuba", "CUB"}, {"republic of cyprus", "CYP"},
    {"republic of djibouti", "DJI"}, {"republic of ecuador", "ECU"}, {"republic of el salvador", "SLV"},
    {"republic of equatorial guinea", "GNQ"}, {"republic of estonia", "EST"}, {"republic of fiji", "FJI"},
    {"republic of finland", "FIN"}, {"republic of ghana", "GHA"}, {"republic of guatemala", "GTM"},
    {"republic of guinea", "GIN"}, {"republic of guinea bissau", "GNB"}, {"republic of guyana", "GUY"},
    {"republic of haiti", "HTI"}, {"republic of honduras", "HND"}, {"republic of iceland", "ISL"},
    {"republic of india", "IND"}, {"republic of indonesia", "IDN"}, {"republic of iraq", "IRQ"},
    {"republic of kazakhstan", "KAZ"}, {"republic of kenya", "KEN"}, {"republic of kiribati", "KIR"},
    {"republic of latvia", "LVA"}, {"republic of liberia", "LBR"}, {"republic of lithuania", "LTU"},
    {"republic of madagascar", "MDG"}, {"republic of malawi", "MWI"}, {"republic of maldives", "MDV"},
    {"republic of mali", "MLI"}, {"republic of malta", "MLT"}, {"republic of mauritius", "MUS"},
    {"republic of moldova", "MDA"}, {"republic of mozambique", "MOZ"}, {"republic of myanmar", "MMR"},
    {"republic of namibia", "NAM"}, {"republic of nauru", "NRU"}, {"republic of nicaragua", "NIC"},
    {"republic of north macedonia", "MKD"}, {"republic of palau", "PLW"}, {"republic of panama", "PAN"},
    {"republic of paraguay", "PRY"}, {"republic of peru", "PER"}, {"republic of poland", "POL"},
    {"republic of san marino", "SMR"}, {"republic of senegal", "SEN"}, {"republic of serbia", "SRB"},
    {"republic of seychelles", "SYC"}, {"republic of sierra leone", "SLE"}, {"republic of singapore", "SGP"},
    {"republic of slovenia", "SVN"}, {"republic of south africa", "ZAF"}, {"republic of south sudan", "SSD"},
    {"republic of suriname", "SUR"}, {"republic of t rkiye", "TUR"}, {"republic of tajikistan", "TJK"},
    {"republic of the congo", "COG"}, {"republic of the gambia", "GMB"},
    {"republic of the marshall islands", "MHL"}, {"republic of the niger", "NER"},
    {"republic of the philippines", "PHL"}, {"republic of the sudan", "SDN"},
    {"republic of trinidad and tobago", "TTO"}, {"republic of tunisia", "TUN"}, {"republic of uganda", "UGA"},
    {"republic of uzbekistan", "UZB"}, {"republic of vanuatu", "VUT"}, {"republic of yemen", "YEM"},
    {"republic of zambia", "ZMB"}, {"republic of zimbabwe", "ZWE"}, {"reunion", "REU"}, {"romania", "ROU"},
    {"russia", "RUS"}, {"russian federation", "RUS"}, {"rwanda", "RWA"}, {"rwandese republic", "RWA"},
    {"saint barth lemy", "BLM"}, {"saint barthelemy", "BLM"}, {"saint helena", "SHN"},
    {"saint helena ascension and tristan da cunha", "SHN"}, {"saint kitts", "KNA"},
    {"saint kitts and nevis", "KNA"}, {"saint lucia", "LCA"}, {"saint maarten", "SXM"},
    {"saint martin", "MAF"}, {"saint martin french part", "MAF"}, {"saint pierre", "SPM"},
    {"saint pierre and miquelon", "SPM"}, {"saint pierre miquelon", "SPM"}, {"saint vincent", "VCT"},
    {"saint vincent and the grenadines", "VCT"}, {"saipan", "MNP"}, {"salomon", "SLB"}, {"samoa", "WSM"},
    {"san marino", "SMR"}, {"sao tome", "STP"}, {"sao tome and principe", "STP"}, {"saudi arabia", "SAU"},
    {"senegal", "SEN"}, {"serbia", "SRB"}, {"seychelles", "SYC"}, {"sierra leone", "SLE"},
    {"singapore", "SGP"}, {"sint maarten", "SXM"}, {"sint maarten dutch part", "SXM"},
    {"slovak republic", "SVK"}, {"slovakia", "SVK"}, {"slovenia", "SVN"},
    {"socialist republic of viet nam", "VNM"}, {"solomon", "SLB"}, {"solomon islands", "SLB"},
    {"somalia", "SOM"}, {"south africa", "ZAF"}, {"south georgia and the south sandwich islands", "SGS"},
    {"south korea", "KOR"}, {"south sudan", "SSD"}, {"spain", "ESP"}, {"sri lanka", "LKA"},
    {"state of israel", "ISR"}, {"state of kuwait", "KWT"}, {"state of qatar", "QAT"}, {"sudan", "SDN"},
    {"sultanate of oman", "OMN"}, {"suriname", "SUR"}, {"svalbard and jan mayen", "SJM"},
    {"swaziland", "SWZ"}, {"sweden", "SWE"}, {"swiss confederation", "CHE"}, {"switzerland", "CHE"},
    {"syria", "SYR"}, {"syrian arab republic", "SYR"}, {"t rkiye", "TUR"}, {"taiwan", "TWN"},
    {"taiwan province of china", "TWN"}, {"tajikistan", "TJK"}, {"tanzania", "TZA"},
    {"tanzania united republic of", "TZA"}, {"thailand", "THA"}, {"the netherlands", "NLD"},
    {"the state of eritrea", "ERI"}, {"the state of palestine", "PSE"}, {"timor leste", "TLS"},
    {"togo", "TGO"}, {"togolese republic", "TGO"}, {"tokelau", "TKL"}, {"tonga", "TON"}, {"trinidad", "TTO"},
    {"trinidad and tobago", "TTO"}, {"tristan da cunha", "SHN"}, {"tristan de cunha", "SHN"},
    {"tunisia", "TUN"}, {"turkey", "TUR"}, {"turkmenistan", "TKM"}, {"turks and caicos", "TCA"},
    {"turks and caicos islands", "TCA"}, {"turks caicos islands", "TCA"}, {"tuvalu", "TUV"},
    {"uganda", "UGA"}, {"uk", "GBR"}, {"ukraine", "UKR"}, {"union of the comoros", "COM"},
    {"united arab emirates", "ARE"}, {"united kingdom", "GBR"},
    {"united kingdom of great britain and northern ireland", "GBR"}, {"united mexican states", "MEX"},
    {"united republic of tanzania", "TZA"}, {"united states", "USA"},
    {"united states minor outlying islands", "UMI"}, {"united states of america", "USA"}, {"uruguay", "URY"},
    {"us", "USA"}, {"us minor outlying islands", "UMI"}, {"us virgin islands", "VIR"}, {"usa", "USA"},
    {"uzbekistan", "UZB"}, {"vanuatu", "VUT"}, {"vatican", "VAT"}, {"vatican city", "VAT"},
    {"venezuela", "VEN"}, {"venezuela bolivarian republic of", "VEN"}, {"viet nam", "VNM"},
    {"vietnam", "VNM"}, {"virgin islands british", "VGB"}, {"virgin islands of the united states", "VIR"},
    {"virgin islands u s", "VIR"}, {"wake island", "UMI"}, {"wallis and futuna", "WLF"},
    {"wallis futuna", "WLF"}, {"western sahara", "ESH"}, {"western samoa", "WSM"}, {"yemen", "YEM"},
    {"zambia", "ZMB"}, {"zimbabwe", "ZWE"},
}};
// clang-format on

}  // namespace

std::string normalize_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t word_start = 0;
  auto end_word = [&] {
    // "st" as a whole word is Saint (St. Lucia, St Kitts).
    if (out.size() - word_start == 2 && out.compare(word_start, 2, "st") == 0) {
      out.replace(word_start, 2, "saint");
    }
  };
  bool in_word = false;
  for (char c : text) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    if (alnum) {
      if (!in_word) {
        if (!out.empty()) out += ' ';
        word_start = out.size();
        in_word = true;
      }
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (in_word) {
      end_word();
      in_word = false;
    }
  }
  if (in_word) end_word();
  return out;
}

std::optional<std::string_view> builtin_country_code(std::string_view normalized_words) {
  auto it = std::lower_bound(kAliases.begin(), kAliases.end(), normalized_words,
                             [](const CountryAlias& a, std::string_view w) { return a.words < w; });
  if (it == kAliases.end() || it->words != normalized_words) return std::nullopt;
  return it->code;
}

std::optional<std::string_view> builtin_country_name(std::string_view code) {
  auto it = std::lower_bound(kCountries.begin(), kCountries.end(), code,
                             [](const CountryName& c, std::string_view k) { return c.code < k; });
  if (it == kCountries.end() || it->code != code) return std::nullopt;
  return it->name;
}

}  // namespace kolmi::import
