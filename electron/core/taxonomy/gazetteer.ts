/**
 * The built-in gazetteer: countries, capitals and major cities of the South Caucasus,
 * Central Asia and their neighbours, in English and Russian, with the other spellings a
 * desk meets (old names, transliterations, local forms). A store adopts them as place tags.
 */

export interface GazetteerPlace {
  key: string;
  type: 'country' | 'capital' | 'city';
  en: string;
  ru: string;
  aliases: string[];
}

// key | type | English | Russian | aliases separated by ";"
const TABLE = `
azerbaijan|country|Azerbaijan|Азербайджан|Azərbaycan
georgia|country|Georgia|Грузия|Sakartvelo;Сакартвело
armenia|country|Armenia|Армения|Hayastan;Айастан
kazakhstan|country|Kazakhstan|Казахстан|Qazaqstan;Қазақстан
kyrgyzstan|country|Kyrgyzstan|Киргизия|Kyrgyz Republic;Кыргызстан;Kirghizia
uzbekistan|country|Uzbekistan|Узбекистан|O'zbekiston
tajikistan|country|Tajikistan|Таджикистан|Тоҷикистон
turkmenistan|country|Turkmenistan|Туркмения|Туркменистан;Türkmenistan
russia|country|Russia|Россия|Russian Federation;Российская Федерация;РФ
turkey|country|Turkey|Турция|Türkiye
iran|country|Iran|Иран|Persia
afghanistan|country|Afghanistan|Афганистан
china|country|China|Китай|PRC;КНР
mongolia|country|Mongolia|Монголия
ukraine|country|Ukraine|Украина
belarus|country|Belarus|Белоруссия|Беларусь
pakistan|country|Pakistan|Пакистан
baku|capital|Baku|Баку|Bakı
tbilisi|capital|Tbilisi|Тбилиси|Tiflis;Тифлис
yerevan|capital|Yerevan|Ереван|Erevan;Erivan;Эривань
astana|capital|Astana|Астана|Nur-Sultan;Нур-Султан;Akmola;Tselinograd;Целиноград
bishkek|capital|Bishkek|Бишкек|Frunze;Фрунзе;Pishpek
tashkent|capital|Tashkent|Ташкент|Toshkent
dushanbe|capital|Dushanbe|Душанбе|Stalinabad;Сталинабад
ashgabat|capital|Ashgabat|Ашхабад|Ashkhabad;Aşgabat;Poltoratsk
moscow|capital|Moscow|Москва
ankara|capital|Ankara|Анкара
tehran|capital|Tehran|Тегеран|Teheran
kabul|capital|Kabul|Кабул
beijing|capital|Beijing|Пекин|Peking
ulaanbaatar|capital|Ulaanbaatar|Улан-Батор|Ulan Bator
kyiv|capital|Kyiv|Киев|Kiev;Київ
minsk|capital|Minsk|Минск
islamabad|capital|Islamabad|Исламабад
ganja|city|Ganja|Гянджа|Gəncə;Kirovabad;Кировабад;Elisabethpol;Елизаветполь
sumgait|city|Sumgait|Сумгаит|Sumqayıt
nakhchivan|city|Nakhchivan|Нахичевань|Naxçıvan;Nakhichevan
shusha|city|Shusha|Шуша|Şuşa;Shushi
khankendi|city|Khankendi|Ханкенди|Stepanakert;Степанакерт
lankaran|city|Lankaran|Ленкорань|Lənkəran;Lenkoran
batumi|city|Batumi|Батуми|Batum;Батум
kutaisi|city|Kutaisi|Кутаиси
rustavi|city|Rustavi|Рустави
zugdidi|city|Zugdidi|Зугдиди
sukhumi|city|Sukhumi|Сухуми|Sokhumi;Сухум
tskhinvali|city|Tskhinvali|Цхинвали|Цхинвал
gyumri|city|Gyumri|Гюмри|Leninakan;Ленинакан;Alexandropol;Александрополь
vanadzor|city|Vanadzor|Ванадзор|Kirovakan;Кировакан
almaty|city|Almaty|Алматы|Alma-Ata;Алма-Ата;Verny;Верный
shymkent|city|Shymkent|Шымкент|Chimkent;Чимкент
karaganda|city|Karaganda|Караганда|Qaraghandy
aktobe|city|Aktobe|Актобе|Aktyubinsk;Актюбинск
atyrau|city|Atyrau|Атырау|Guryev;Гурьев
aktau|city|Aktau|Актау|Shevchenko
pavlodar|city|Pavlodar|Павлодар
semey|city|Semey|Семей|Semipalatinsk;Семипалатинск
oskemen|city|Oskemen|Усть-Каменогорск|Ust-Kamenogorsk;Өскемен
taraz|city|Taraz|Тараз|Dzhambul;Джамбул
osh|city|Osh|Ош
jalal-abad|city|Jalal-Abad|Джалал-Абад|Jalalabad
karakol|city|Karakol|Каракол|Przhevalsk;Пржевальск
samarkand|city|Samarkand|Самарканд|Samarqand
bukhara|city|Bukhara|Бухара|Buxoro
namangan|city|Namangan|Наманган
andijan|city|Andijan|Андижан|Andijon
fergana|city|Fergana|Фергана|Farg'ona;Ferghana
nukus|city|Nukus|Нукус
khiva|city|Khiva|Хива|Xiva
termez|city|Termez|Термез|Termiz
khujand|city|Khujand|Худжанд|Leninabad;Ленинабад;Khodjent;Ходжент
kulob|city|Kulob|Куляб|Kulyab
khorog|city|Khorog|Хорог
bokhtar|city|Bokhtar|Бохтар|Kurgan-Tyube;Курган-Тюбе
turkmenabat|city|Turkmenabat|Туркменабат|Chardzhou;Чарджоу
mary|city|Mary|Мары|Merv;Мерв
turkmenbashi|city|Turkmenbashi|Туркменбаши|Krasnovodsk;Красноводск
dashoguz|city|Dashoguz|Дашогуз|Tashauz;Ташауз
istanbul|city|Istanbul|Стамбул|Constantinople;Константинополь
tabriz|city|Tabriz|Тебриз
mashhad|city|Mashhad|Мешхед
urumqi|city|Urumqi|Урумчи
derbent|city|Derbent|Дербент
makhachkala|city|Makhachkala|Махачкала
vladikavkaz|city|Vladikavkaz|Владикавказ
`;

export const GAZETTEER: readonly GazetteerPlace[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [key, type, en, ru, aliases] = line.split('|') as [
      string,
      GazetteerPlace['type'],
      string,
      string,
      string | undefined,
    ];
    return { key, type, en, ru, aliases: aliases ? aliases.split(';') : [] };
  });
