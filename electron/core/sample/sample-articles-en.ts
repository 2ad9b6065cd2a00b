/** The sample newsroom's English articles (invented people and institutions). */
import type { SampleArticle } from './sample-articles.js';

export const SAMPLE_ARTICLES_EN: SampleArticle[] = [
  {
    key: 'ferry',
    twin: 'ferry-ru',
    language: 'en',
    categoryId: 'economy',
    status: 'published',
    hoursAgo: 3,
    headline: 'Caspian ferry line adds a second weekly crossing',
    standfirst:
      'Freight operators say the extra sailing between Baku and Aktau will cut waiting times at both ports.',
    byline: 'Leyla Hasanova',
    dateline: 'Baku',
    body: [
      'The port authority announced on Tuesday that a second weekly ferry will run between Baku and Aktau from the first of next month, answering years of complaints from hauliers who cross the Caspian with Kazakh grain and Azerbaijani fruit.',
      'Truck drivers have waited up to four days for a place on the single weekly sailing during the autumn harvest, sleeping in their cabs in the port car park. Freight forwarders estimate that each day of waiting adds around 90 dollars to the cost of a load.',
      { heading: 'Two ships, one timetable' },
      'The new crossing will be served by a roll-on roll-off vessel that has so far sailed only to Turkmenbashi. It can carry 56 lorries or 28 rail wagons, and the operator says a combined ticket for a truck and its driver will cost the same as on the existing route.',
      {
        quote:
          '“Four days in a car park is four days a driver is not at home and a buyer is not paid,” said Elchin Mammadli, who runs a small forwarding company in Sumgait.',
      },
      'Port officials said a booking window would open online two weeks before each sailing, replacing the paper queue at the gate. Hauliers will be able to see how many places remain on each ship.',
      'The authority did not say whether fares for passengers without vehicles would change. A decision on a third crossing in the spring, when the cotton season peaks, is expected after a review of the first three months.',
    ],
  },
  {
    key: 'metro',
    twin: 'metro-ru',
    language: 'en',
    categoryId: 'society',
    status: 'published',
    hoursAgo: 7,
    headline: 'Tbilisi metro to run all night on weekends in a three-month trial',
    standfirst:
      'Trains will run every 20 minutes on both lines after midnight on Fridays and Saturdays, starting this weekend.',
    byline: 'Nino Beridze',
    dateline: 'Tbilisi',
    body: [
      'The Tbilisi metro will keep its trains running through the night on Fridays and Saturdays for three months, the city transport company said on Wednesday, in a trial that night-shift workers and bar owners have requested for years.',
      'After midnight trains will run every 20 minutes on both lines, with the Station Square interchange staying open throughout. Fares will not change, and the same travel cards will be accepted.',
      'The company said it would count passengers at every station and publish the figures each month. If fewer than 3,000 people use the night service on an average weekend, it will end when the trial does.',
      {
        quote:
          '“Right now a nurse who finishes at one in the morning pays for a taxi or waits for the first train at six,” said Tamar Kvaratskhelia, who leads a residents’ group in Gldani. “This is a real change for people like her.”',
      },
      'Security staff will be doubled on night trains, and two carriages on each train will be lit more brightly. Maintenance that is usually done overnight will move to weekday nights.',
      'The trial costs the city around 1.2 million lari, most of it in wages. Council members from two opposition groups supported it in Tuesday’s vote but asked for a similar trial for night buses in districts the metro does not reach.',
    ],
  },
  {
    key: 'yerevan-budget',
    language: 'en',
    categoryId: 'politics',
    status: 'published',
    hoursAgo: 20,
    headline: 'Yerevan council passes a budget that puts buses ahead of roads',
    standfirst:
      'The city will spend more on new buses and dedicated lanes next year and postpone two road-widening projects.',
    byline: 'Aram Petrosyan',
    dateline: 'Yerevan',
    body: [
      'Yerevan’s city council approved next year’s budget on Thursday after a debate of more than six hours, with 41 members voting in favour and 16 against.',
      'The largest change from this year is in transport. Spending on new buses rises by a third, paying for 120 vehicles, and the city will paint dedicated bus lanes on four of its busiest streets. Two road-widening projects in the north of the city have been moved to the following year.',
      { heading: 'What the money buys' },
      {
        list: [
          '120 new buses, most of them to replace minibuses on routes through the centre',
          'bus lanes on four streets, enforced by cameras from the summer',
          'heated waiting shelters at 60 stops',
          'repairs to 14 school buildings',
        ],
      },
      'The deputy mayor responsible for transport, Gohar Sargsyan, told members that passenger numbers on city buses had grown by a fifth since the first new routes opened last year.',
      'Opposition members argued that the budget relied on optimistic forecasts for property tax revenue and asked for a review in the middle of the year. The council agreed to hold one in July.',
    ],
  },
  {
    key: 'air',
    twin: 'air-ru',
    language: 'en',
    categoryId: 'society',
    status: 'published',
    hoursAgo: 30,
    headline: 'Almaty schools put air-quality sensors on their roofs',
    standfirst:
      'Readings from 80 schools will be published every hour, giving parents a street-level view of the city’s winter smog.',
    byline: 'Aigerim Satpayeva',
    dateline: 'Almaty',
    body: [
      'Eighty schools in Almaty have installed small air-quality sensors on their roofs, and from Monday their readings will appear on a public map that updates every hour.',
      'Almaty sits in a bowl below the mountains, and in winter cold air traps smoke from coal-fired heating and traffic over the city for days at a time. Until now residents have relied on a handful of official stations, most of them in the centre.',
      'The sensors were bought with money from a city grant and installed by pupils from technical clubs, who will also check them each month. Teachers say the project has become part of physics and geography lessons.',
      {
        quote:
          '“The children see that the air on the hill above their school is cleaner than the air near the ring road, and they ask why,” said Dana Omarova, a physics teacher at one of the schools.',
      },
      'Environmental groups welcomed the map but warned that low-cost sensors can overstate pollution in damp weather. The city’s environment department said it would compare the school readings with its own stations and publish the results in the spring.',
      'Schools will use the readings to decide whether children play outside during breaks on the worst days.',
    ],
  },
  {
    key: 'shirdak',
    language: 'en',
    categoryId: 'culture',
    status: 'published',
    hoursAgo: 44,
    headline: 'Felt-makers from five valleys bring their shirdaks to Bishkek',
    standfirst:
      'An exhibition at the national museum shows how the patterns of Kyrgyz felt carpets differ from valley to valley.',
    byline: 'Timur Bekov',
    dateline: 'Bishkek',
    body: [
      'More than sixty shirdaks, the bright felt carpets that cover the floors of Kyrgyz homes and yurts, went on show in Bishkek on Saturday in an exhibition that puts the work of village felt-makers alongside pieces from museum stores.',
      'The carpets come from five valleys, and the curators have hung them so that visitors can compare the patterns. Ram’s horns, the most common motif, curl tightly in carpets from the Naryn region and open into wide spirals in those from the Talas valley.',
      'Most of the new pieces were made by women’s cooperatives that sell felt to tourists in the summer. Several makers travelled to the opening and demonstrated how wool is washed, dyed and rolled.',
      {
        quote:
          '“My grandmother could tell which village a shirdak came from by looking at its border,” said Gulzat Asanova, who leads a cooperative near Kochkor. “We want young people to be able to do that too.”',
      },
      'The museum plans to photograph every carpet and publish the patterns online with notes on where they were made. The exhibition runs until the end of March, and entry is free for schoolchildren.',
    ],
  },
  {
    key: 'marathon',
    twin: 'marathon-ru',
    language: 'en',
    categoryId: 'sport',
    status: 'published',
    hoursAgo: 52,
    headline: 'Tashkent marathon draws a record 14,000 runners',
    standfirst:
      'Organisers closed registration a week early as runners from 40 countries signed up for the city’s autumn race.',
    byline: 'Dilnoza Karimova',
    dateline: 'Tashkent',
    body: [
      'A record 14,000 runners took part in the Tashkent marathon on Sunday, more than twice as many as three years ago, as the autumn race becomes one of the largest in Central Asia.',
      'Organisers closed registration a week early. Runners came from 40 countries, though three in four were from Uzbekistan, and more than a third of them were running their first race of any distance.',
      'The men’s race was won by Bobur Yusupov in 2 hours 14 minutes, a course record. Kamila Rashidova won the women’s race in 2 hours 36 minutes, less than a minute ahead of last year’s winner.',
      { heading: 'Streets closed until early afternoon' },
      'The course looped through the centre and the old city, and roads along it were closed from six in the morning until two in the afternoon. The metro opened an hour early to bring runners to the start.',
      'Volunteers handed out 80,000 bottles of water, and medical teams treated around 200 runners, mostly for cramp and blisters. Nobody needed to be taken to hospital.',
      'The organisers said they would cap next year’s race at 15,000 places and open registration in the spring.',
    ],
  },
  {
    key: 'mudflow',
    twin: 'mudflow-ru',
    language: 'en',
    categoryId: 'incidents',
    status: 'published',
    hoursAgo: 60,
    headline: 'Mudflow closes the road north of Dushanbe; no one hurt',
    standfirst:
      'Rescue teams cleared one lane by evening, and traffic to the north of the country moved again after a ten-hour stop.',
    byline: 'Rustam Nazarov',
    dateline: 'Dushanbe',
    body: [
      'A mudflow brought down by heavy overnight rain covered the main road north of Dushanbe on Friday morning, stopping traffic for ten hours. Nobody was hurt, the emergencies committee said.',
      'Mud and rocks covered around 200 metres of the road in a narrow valley about 50 kilometres from the capital. Drivers who had set off before dawn were turned back at a police post, and dozens of lorries waited on the roadside.',
      'Four bulldozers and a team of around 60 rescuers cleared one lane by evening, and cars were let through in both directions in turn. The committee said the second lane would be cleared within two days.',
      {
        quote:
          '“We heard the noise before we saw anything,” said a shepherd who was with his flock on the slope above the road. “The stream turned brown and then the whole side of the hill moved.”',
      },
      'Forecasters expect more rain in the mountains over the weekend and have advised drivers to avoid the route at night. The committee asked residents of villages along the river to stay away from its banks.',
    ],
  },
  {
    key: 'wrestling',
    language: 'en',
    categoryId: 'sport',
    status: 'published',
    hoursAgo: 75,
    headline: 'Teenagers from small towns dominate the youth wrestling championship',
    standfirst:
      'Eight of the ten gold medals in Astana went to wrestlers from clubs outside the big cities.',
    byline: 'Gulnara Abenova',
    dateline: 'Astana',
    body: [
      'Wrestlers from small towns won eight of the ten gold medals at the national youth freestyle championship in Astana, which ended on Sunday.',
      'More than 400 boys and girls under 18 competed over three days. Clubs from Zhezkazgan and Kentau, towns with a few thousand young people each, took three titles between them.',
      'Coaches said the results reflected years of work in local sports schools, many of which train in old halls with donated mats. The federation announced that it would spend part of its budget for next year on new mats and scales for 30 such schools.',
      {
        quote:
          '“Our children train after school, after homework, after helping at home,” said Serik Zhaksylykov, who coaches the Kentau club. “When they come to the capital they are not afraid of anyone.”',
      },
      'The winners in each weight class will join the national youth team for a training camp in January, ahead of the Asian championship in the spring.',
    ],
  },
  {
    key: 'jazz',
    twin: 'jazz-ru',
    language: 'en',
    categoryId: 'culture',
    status: 'published',
    hoursAgo: 90,
    headline: 'Jazz festival returns to Baku’s old city courtyards',
    standfirst:
      'Concerts in caravanserais and courtyards bring the festival back to the streets where it began.',
    byline: 'Leyla Hasanova',
    dateline: 'Baku',
    body: [
      'The Baku jazz festival opened on Monday with concerts in three courtyards of the old city, returning to the small stages where it began before it moved to concert halls a decade ago.',
      'Over ten days, 30 bands will play, about half of them from Azerbaijan. Several of the local musicians play mugham-jazz, the style that mixes the improvised modes of Azerbaijani classical music with jazz harmony, and which the festival has championed since its first year.',
      'Tickets for the courtyard concerts, which hold about 200 people each, sold out within a day. The organisers have added free concerts on the seafront boulevard on both weekends.',
      {
        quote:
          '“In a hall you listen; in a courtyard you are part of it,” said pianist Farid Aliyev, who played on the opening night. “The walls are old, the sound is warm, and the neighbours lean out of the windows.”',
      },
      'The festival ends with a jam session that is open to any musician who brings an instrument.',
    ],
  },
  {
    key: 'harvest',
    language: 'en',
    categoryId: 'economy',
    status: 'published',
    hoursAgo: 100,
    headline: 'Kakheti grape growers get better prices after a small harvest',
    standfirst:
      'A late frost cut yields by a fifth, but wineries paid more per kilogram than last year.',
    byline: 'Nino Beridze',
    dateline: 'Telavi',
    body: [
      'Grape growers in Kakheti, Georgia’s main wine region, harvested about a fifth less than last year after a late spring frost, but most of them were paid more for each kilogram, according to figures from the regional farmers’ association.',
      'Wineries paid an average of 1.4 lari a kilogram for Rkatsiteli, the most common white grape, up from 1.1 lari last year. Prices for Saperavi, the red grape used in most of the region’s exported wine, rose by a similar amount.',
      'Growers said the higher prices did not make up for the lost harvest on every farm. Those in the lower villages, where the frost was worst, lost up to half of their grapes.',
      {
        quote:
          '“The price is good, but you cannot sell grapes you do not have,” said Giorgi Tsiklauri, who farms four hectares near Telavi.',
      },
      'Wine exports rose by 8 per cent in the first nine months of the year, with most of the growth in sales to Poland, China and the Baltic states.',
    ],
  },
  {
    key: 'bishkek-elections',
    language: 'en',
    categoryId: 'politics',
    status: 'submitted',
    hoursAgo: 5,
    headline: 'Record number of candidates register for Bishkek council elections',
    standfirst:
      'Nearly 600 people are standing for 45 seats, many of them first-time candidates nominated by neighbourhood groups.',
    byline: 'Timur Bekov',
    dateline: 'Bishkek',
    body: [
      'Nearly 600 candidates have registered for next month’s elections to Bishkek’s city council, the election commission said on Monday, the highest number since the council was created.',
      'They are competing for 45 seats. About a third are standing for the first time, and many have been nominated by neighbourhood associations that formed during disputes over building plans in the city’s older districts.',
      'Candidates must submit a financial declaration and a programme of no more than ten pages. The commission said it had turned down 37 applications, mostly because documents were missing.',
      'Campaigning begins officially on Thursday. The commission will hold televised debates between candidates from each district and has asked them to agree to a limit on street posters.',
      'Turnout in the last council elections was 32 per cent. Observers said a higher number of candidates did not always bring more voters to the polls, but that local disputes had made city politics more visible this year.',
    ],
  },
  {
    key: 'warehouse-fire',
    language: 'en',
    categoryId: 'incidents',
    status: 'edited',
    hoursAgo: 9,
    headline: 'Fire destroys a textile warehouse in Vanadzor',
    standfirst:
      'Firefighters kept the blaze from spreading to nearby homes; the cause is being investigated.',
    byline: 'Aram Petrosyan',
    dateline: 'Vanadzor',
    body: [
      'A fire destroyed a textile warehouse on the edge of Vanadzor overnight on Wednesday. Nobody was hurt, and firefighters stopped the flames from reaching homes about 30 metres away.',
      'The alarm was raised shortly after two in the morning by a night watchman at a neighbouring workshop. Eleven fire crews worked for five hours to bring the blaze under control.',
      'The warehouse held rolls of fabric and finished clothing for a local company that employs around 150 people. Its director said most of the stock for the winter season had been lost.',
      'Residents of two nearby apartment blocks were woken and asked to keep their windows closed because of the smoke. The emergencies ministry said air quality in the area was back to normal by morning.',
      'Investigators are examining the electrical wiring of the building, which was built in the 1970s. The company said it was insured and that it hoped to continue production in rented premises within two weeks.',
    ],
  },
  {
    key: 'samarkand-rail',
    twin: 'samarkand-rail-ru',
    language: 'en',
    categoryId: 'economy',
    status: 'scheduled',
    hoursAgo: -6,
    headline: 'Faster trains bring Samarkand within two hours of Tashkent',
    standfirst:
      'A new winter timetable adds four daily high-speed trains, and hotels in the old city expect more visitors out of season.',
    byline: 'Dilnoza Karimova',
    dateline: 'Samarkand',
    body: [
      'Uzbekistan’s railway company will add four high-speed trains a day between Tashkent and Samarkand from next week, cutting the fastest journey to just under two hours and almost doubling the number of seats on the route.',
      'The new trains will run early in the morning and late in the evening, so that visitors can make a day trip from the capital. Tickets will go on sale online ten days before each departure.',
      'Hotels in Samarkand’s old city usually empty out between November and March. Owners said they hoped the easier journey would bring business travellers and weekend visitors from Tashkent.',
      {
        quote:
          '“In winter the Registan is quiet and beautiful, and the light is better for photographs,” said Jasur Rakhimov, who runs a guesthouse near the Bibi-Khanym mosque. “People only need a reason to come.”',
      },
      'The railway company said the extra trains would use rolling stock freed up by the end of the summer season on the line to Bukhara.',
    ],
  },
  {
    key: 'seals',
    language: 'en',
    categoryId: 'society',
    status: 'draft',
    hoursAgo: 2,
    headline: 'Volunteers count Caspian seals on the winter ice',
    standfirst:
      'Students from Aktau join scientists for the yearly survey of the only seal species that lives in the Caspian.',
    byline: 'Gulnara Abenova',
    dateline: 'Aktau',
    body: [
      'Twenty students from Aktau will join marine scientists this winter for the yearly count of Caspian seals, which gather on the ice of the northern Caspian to give birth.',
      'The Caspian seal is found nowhere else, and its numbers have fallen sharply over the last century. Scientists count the animals from small aircraft and from the shore, and volunteers help to check photographs and record seals found on the beaches.',
      'The students, most of them studying biology, spent two weekends learning how to recognise the animals and how to report stranded seals without disturbing them.',
      'The survey results will be shared with researchers in Azerbaijan, Iran, Russia and Turkmenistan. [TO CHECK: dates of the flights and the name of the institute leading the count.]',
      'Volunteers will also walk the beaches north of Aktau each weekend from January and record any seals they find. Last year dozens of dead seals washed ashore after a storm, and scientists are still trying to establish why so many died at once.',
    ],
  },
  {
    key: 'puppets',
    language: 'en',
    categoryId: 'culture',
    status: 'draft',
    hoursAgo: 1,
    headline: 'Tbilisi puppet theatre reopens after restoration',
    standfirst:
      'The small theatre’s painted ceiling and its collection of marionettes have been restored over two years.',
    byline: 'Nino Beridze',
    dateline: 'Tbilisi',
    body: [
      'A puppet theatre in the old town of Tbilisi will reopen next month after two years of restoration work on its building and its collection of more than 300 marionettes.',
      'Restorers repainted the ceiling of the small auditorium, which seats 80, following photographs from the 1980s. The theatre’s puppet-makers repaired costumes and replaced strings on the oldest figures, some of which are more than 50 years old.',
      'The first performance will be a new production of a Georgian folk tale, with music recorded by a children’s choir.',
      'The theatre will also open its workshop to school groups on weekday mornings.',
      'The restoration was paid for by a private foundation and by ticket sales from touring performances, which the troupe gave in schools and village halls across Georgia while its home was closed. The actors say the tour brought them a new audience, and they plan to keep travelling to the regions twice a year.',
      'Tickets for the opening week go on sale on Monday.',
    ],
  },
  {
    key: 'derby',
    language: 'en',
    categoryId: 'sport',
    status: 'scheduled',
    hoursAgo: -20,
    headline: 'Almaty derby decides who finishes the season on top',
    standfirst:
      'The two city clubs meet on Saturday level on points, with a place in next year’s continental competition at stake.',
    byline: 'Aigerim Satpayeva',
    dateline: 'Almaty',
    body: [
      'Almaty’s two football clubs meet on Saturday in the last round of the season level on points, in a derby that will decide which of them plays in continental competition next year.',
      'The home side has the better goal difference, so a draw would be enough for them. Their rivals have won four of their last five matches and have scored in every away game this season.',
      'The 23,000 tickets sold out within a day. Police said fans of the two clubs would enter the stadium through separate gates, and that extra trams would run after the final whistle.',
      {
        quote:
          '“We know what a draw means, but we will not play for one,” the home side’s coach told reporters on Thursday. “This city deserves a proper match.”',
      },
      'The kick-off is at three in the afternoon, and the match will be shown on national television.',
      'The two clubs have met 48 times in the league, with 19 wins for the home side, 17 for their rivals and 12 draws.',
    ],
  },
  {
    key: 'water-law',
    language: 'en',
    categoryId: 'politics',
    status: 'edited',
    hoursAgo: 14,
    headline: 'Parliament committee asks for changes to the draft water law',
    standfirst:
      'Members want farmers to pay by volume and regions to publish how much water they take from rivers.',
    byline: 'Gulnara Abenova',
    dateline: 'Astana',
    body: [
      'A committee of Kazakhstan’s lower house of parliament has asked the government to make several changes to its draft water law before the bill goes to a full vote next month.',
      'The draft would require large farms to install meters on irrigation channels and pay for water by volume rather than by the area they farm. Committee members supported the change but asked for a transition period of three years for small farms.',
      { heading: 'Publishing the figures' },
      'Members also asked that regional governments publish, every month, how much water is taken from each river and by whom. Environmental groups have called for such figures for years, saying that shortages in the south of the country are made worse by waste upstream.',
      'The ministry of water resources said it would consider the proposals. A deputy minister told the committee that about 40 per cent of irrigation water is lost in old channels before it reaches the fields.',
      'The bill is expected to be debated in the full chamber before the end of the session.',
    ],
  },
  {
    key: 'quake-drill',
    language: 'en',
    categoryId: 'incidents',
    status: 'submitted',
    hoursAgo: 4,
    headline: 'Gyumri schools hold the largest earthquake drill in years',
    standfirst:
      'More than 20,000 pupils left their classrooms in under four minutes in a city that still remembers 1988.',
    byline: 'Aram Petrosyan',
    dateline: 'Gyumri',
    body: [
      'More than 20,000 pupils in Gyumri took part in an earthquake drill on Tuesday morning, the largest the city has held in years.',
      'At ten o’clock sirens sounded across the city, and pupils in 40 schools hid under their desks before walking out to the playgrounds. Rescue teams timed each school; the slowest took under four minutes to empty.',
      'Gyumri was badly damaged in the 1988 earthquake, in which tens of thousands of people died across northern Armenia, and the drill is held every year close to the anniversary.',
      {
        quote:
          '“My grandmother tells me about that day every year,” said Ani, a pupil in the sixth grade. “Now I know what to do.”',
      },
      'The emergencies ministry said it found blocked emergency exits in three schools and had asked them to clear the exits within a week.',
      'This year, for the first time, the drill included two hospitals and a shopping centre. Staff at the hospitals practised moving patients who cannot walk, which the ministry said went more slowly than planned.',
    ],
  },
  {
    key: 'baku-green',
    language: 'en',
    categoryId: 'society',
    status: 'published',
    hoursAgo: 120,
    headline: 'Baku courtyards get trees and benches under a residents’ scheme',
    standfirst:
      'Neighbours who agree on a plan get city money for planting, lighting and play areas.',
    byline: 'Leyla Hasanova',
    dateline: 'Baku',
    body: [
      'Forty courtyards of Soviet-era apartment blocks in Baku have been replanted this autumn under a scheme that gives money to residents who agree on a plan for the space between their buildings.',
      'To take part, at least half of the households in a courtyard must sign the plan. The city then pays for trees, benches, lighting and play equipment, and residents agree to water the trees for three years.',
      'Many courtyards had become car parks or were covered in broken asphalt. The new plans keep some parking but add shade and places to sit, which residents say matters most in the city’s long, hot summers.',
      'The city plans to extend the scheme to 100 more courtyards next year. Applications open in February, and [the guidance for residents](https://example.org/courtyards) explains how to draw up a plan.',
      'Residents of one courtyard in the Yasamal district chose fruit trees, and have agreed among themselves who will pick the apricots when they ripen. In another, parents asked for a small football pitch, which is lit until ten in the evening.',
    ],
  },
  {
    key: 'osh-bazaar',
    language: 'en',
    categoryId: 'economy',
    status: 'draft',
    hoursAgo: 0,
    headline: 'Traders at Osh bazaar turn to QR payments',
    standfirst:
      'Half of the stalls at one of Central Asia’s oldest markets now take payments by phone.',
    byline: 'Timur Bekov',
    dateline: 'Osh',
    body: [
      'About half of the stalls at the main bazaar in Osh now accept payments by phone, traders’ associations estimate, up from a handful two years ago.',
      'Most traders use QR codes linked to their bank accounts, printed and taped to the front of the stall. Buyers scan them with a banking app and show the confirmation on their screens.',
      'Older traders say they were slow to change, but that customers, especially younger ones, increasingly arrive without cash. Some stallholders worry about bank fees and about the taxes that come with recorded sales.',
      '[TO DO: numbers from the national bank; a comment from the market administration.]',
      'Banks have cut their fees for small traders to win them over, and several now offer a free card reader to stalls that process more than a set number of payments a month. The market administration has put up signs in Kyrgyz, Uzbek and Russian explaining how to pay by phone.',
    ],
  },
];
