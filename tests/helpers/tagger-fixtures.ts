/** Short labelled sentences in both languages, six per category, for tests of the tagger's model. */
export const TAGGER_FIXTURES: { label: string; en: string[]; ru: string[] }[] = [
  {
    label: 'politics',
    en: [
      'Parliament approved the coalition government after a long vote',
      'The president met opposition leaders before the election',
      'Ministers signed a treaty at the summit in the capital',
      'The opposition party demanded a referendum on the constitution',
      'Diplomats discussed sanctions and the upcoming presidential election',
      'Lawmakers voted to dismiss the prime minister and his cabinet',
    ],
    ru: [
      'Парламент утвердил коалиционное правительство после голосования',
      'Президент встретился с лидерами оппозиции перед выборами',
      'Министры подписали договор на саммите в столице',
      'Оппозиционная партия потребовала референдума о конституции',
      'Дипломаты обсудили санкции и предстоящие президентские выборы',
      'Депутаты проголосовали за отставку премьер-министра и кабинета',
    ],
  },
  {
    label: 'sport',
    en: [
      'The striker scored twice as the team won the championship match',
      'The wrestler took the gold medal at the world tournament',
      'The coach praised his players after the league victory',
      'Thousands of fans filled the stadium for the football final',
      'The boxer defended his title in a twelve round bout',
      'Runners from twenty countries finished the city marathon',
    ],
    ru: [
      'Нападающий забил дважды, и команда выиграла матч чемпионата',
      'Борец завоевал золотую медаль на мировом турнире',
      'Тренер похвалил игроков после победы в лиге',
      'Тысячи болельщиков заполнили стадион на финал по футболу',
      'Боксер защитил свой титул в двенадцатираундовом бою',
      'Бегуны из двадцати стран финишировали на городском марафоне',
    ],
  },
  {
    label: 'economy',
    en: [
      'Inflation slowed as the central bank raised interest rates',
      'Exports of oil and gas rose sharply this quarter',
      'The budget deficit widened as tax revenue fell',
      'Foreign investment in the pipeline project doubled',
      'The national currency weakened against the dollar',
      'Farmers expect a record wheat harvest and lower bread prices',
    ],
    ru: [
      'Инфляция замедлилась после того, как центральный банк повысил ставки',
      'Экспорт нефти и газа резко вырос в этом квартале',
      'Дефицит бюджета вырос из-за падения налоговых доходов',
      'Иностранные инвестиции в проект трубопровода удвоились',
      'Национальная валюта ослабла по отношению к доллару',
      'Фермеры ожидают рекордного урожая пшеницы и снижения цен на хлеб',
    ],
  },
];
