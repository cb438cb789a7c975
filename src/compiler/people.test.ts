import { describe, expect, it } from 'vitest';
import { annotateArticle } from './annotate';
import { parseArticle } from './parse';
import { extractPeople } from './people';

const cast = (body: string, headline = 'Headline') => {
  const article = annotateArticle(parseArticle(`${headline}\n\n${body}`));
  return extractPeople(article).map((p) => ({ name: p.name, role: p.role, mentions: p.mentions.map((m) => article.text.slice(m.start, m.end)) }));
};

describe('extractPeople(article)', { timeout: 60_000 }, () => {
  it('takes names compromise knows, and unknown names in a role context', () => {
    expect(cast('Alibaba Group CEO Yongming Wu spoke, and Alibaba Group CTO Yu Fan listened. Ilya Sutskever left.').map((p) => [p.name, p.role])).toEqual([
      ['Yongming Wu', 'Alibaba Group CEO'],
      ['Yu Fan', 'Alibaba Group CTO'],
      ['Ilya Sutskever', null],
    ]);
  });

  it('reads roles before the name, in an appositive before it, and in one after it', () => {
    expect(cast('Chief financial officer Tomás Herrera spoke. Alibaba Cloud CTO and head of the Tongyi Lab, Jingren Zhou, will lead. It approved the exit of Lin Junyang, the core leader of the Qwen project.').map((p) => p.role)).toEqual([
      'Chief financial officer',
      'Alibaba Cloud CTO and head of the Tongyi Lab',
      'the core leader of the Qwen project',
    ]);
    expect(cast('Minister for Housing Aoife Brennan spoke. Lin Junyang, aged 33, left.').map((p) => p.role)).toEqual(['Minister for Housing', null]);
    expect(cast('The carrier is controlled by the family of billionaire Ernesto Valdés.').map((p) => [p.name, p.role])).toEqual([['Ernesto Valdés', 'billionaire']]);
    expect(cast('"We built it to last," said Pixelwave\'s chief product officer, Lena Vogt.').map((p) => [p.name, p.role])).toEqual([['Lena Vogt', "Pixelwave's chief product officer"]]);
    expect(cast('"It is clear," said Prof. Rahul Iyer of the University of Cambridge, who led the study.').map((p) => [p.name, p.role])).toEqual([['Rahul Iyer', 'led the study']]);
    expect(cast('Lagarde said one governor, Austria\'s Robert Holzmann, had voted against it.').map((p) => [p.name, p.role])).toEqual([['Robert Holzmann', 'governor']]);
    // Two titled names in a list: the second item is a title, not a firm ("Morgan Stanley and Goldman Sachs").
    expect(cast('Health Minister Peter Vance and Education Minister Lucy Aroha were dropped; backbencher Sam Whitmore was promoted.').map((p) => [p.name, p.role])).toEqual([
      ['Peter Vance', 'Health Minister'],
      ['Lucy Aroha', 'Education Minister'],
      ['Sam Whitmore', 'backbencher'],
    ]);
    // An office that opens a sentence is no part of the name; a team's positions are roles.
    expect(cast('Comptroller Nadia Brooks said so. Brooklyn receives center Ivan Petrov.').map((p) => [p.name, p.role])).toEqual([
      ['Nadia Brooks', 'Comptroller'],
      ['Ivan Petrov', 'center'],
    ]);
  });

  it('collects short mentions, possessives included, and the headline mention', () => {
    expect(cast('Yongming Wu wrote a memo. Wu said it twice. Later, Wu\'s team agreed.', 'Wu Speaks: Yongming Wu on AI')).toEqual([
      { name: 'Yongming Wu', role: null, mentions: ['Yongming Wu', 'Yongming Wu', 'Wu', "Wu"] },
    ]);
  });

  it('knows hyphenated given names by their parts', () => {
    expect(cast('On Monday, Jean-Luc Mélenchon met investors.').map((p) => p.name)).toEqual(['Jean-Luc Mélenchon']);
  });

  it('does not take products, models or places for people', () => {
    expect(cast('The Qwen App stated its goal. Users compared GPT and Claude. Tongyi Qwen was retired. It sells through Taobao Flash Sales, Fliggy and Amap in Porto Alegre.')).toEqual([]);
  });

  it('does not count a single word as a person, nor a short form shared by two people', () => {
    expect(cast('Mark Lee and Anna Lee met. Lee said so. Claude answered.').map((p) => [p.name, p.mentions.length])).toEqual([
      ['Mark Lee', 1],
      ['Anna Lee', 1],
    ]);
  });

  describe('people with no title beside them', () => {
    const names = (body: string) => cast(body).map((p) => p.name);

    it('takes a name the lexicon knows, as subject or object', () => {
      expect(names('Jensen Huang met Satya Nadella in Taipei on Monday to discuss supply.')).toEqual(['Jensen Huang', 'Satya Nadella']);
      expect(names('The board thanked Tim Cook and Jeff Dean for their work.')).toEqual(['Tim Cook', 'Jeff Dean']);
    });

    it('takes an unknown name the text treats as a person: a verb people take, "according to", an age, a list with a person', () => {
      expect(names('Ruth Porat said the plan was sensible.')).toEqual(['Ruth Porat']);
      expect(names('According to Kiyoshi Tanaka, the plant will open in 2027.')).toEqual(['Kiyoshi Tanaka']);
      expect(names('Lip-Bu Tan, 65, took over in March.')).toEqual(['Lip-Bu Tan']);
      expect(names('Sam Altman and Dario Amodei testified before the committee.')).toEqual(['Sam Altman', 'Dario Amodei']);
    });

    it('takes an unknown name whose surname the text later uses alone like a person', () => {
      expect(cast('Sundar Pichai opened the conference. Later, Pichai told developers the model was ready.')).toEqual([
        { name: 'Sundar Pichai', role: null, mentions: ['Sundar Pichai', 'Pichai'] },
      ]);
      expect(names('Masayoshi Son unveiled the fund. Mr. Son declined to say more.')).toEqual(['Masayoshi Son']);
    });

    it('takes a name whose first word is an ordinary word or whose last ends in -ly, when a quotation or a role stands beside it', () => {
      expect(names('"It keeps the programme alive," said Wang Lei, chief economist at a Hong Kong bank.')).toEqual(['Wang Lei']);
      expect(names('"We will see," said Capt. Ray Donnelly, chairman of the pilots\' union. "People don\'t want that," Maya Okafor said.')).toEqual(['Ray Donnelly', 'Maya Okafor']);
      expect(names('"Buyers are coming back," chairman Victor Lau Ka-ming told a press conference. Chief executive Tan Su-Lin agreed.')).toEqual(['Victor Lau Ka-ming', 'Tan Su-Lin']);
    });

    it('takes "X said" as a person only with a quotation, a pronoun or a second mention: companies say things too', () => {
      expect(names('Satya Nadella said he would stay. Meridian Semiconductor said it would build a plant. Qingtian Robotics announced a round.')).toEqual(['Satya Nadella']);
    });

    it('does not take reporters in a byline or a credit line for people in the story', () => {
      expect(names('By Hannah Cole and Ravi Menon\n\nCopper rose, said Kenji Watanabe, an analyst.\n\nAssociated Press writer Mike Stone in Dallas contributed to this report.')).toEqual(['Kenji Watanabe']);
    });

    it('does not take the names of a bare byline beside the dateline for people in the story', () => {
      expect(names('Daniel Okafor\n\nTue 14 Oct 2025 18.30 BST\n\nThe club\'s chief executive, Rhiannon Price, said Calder would live within the rules.')).toEqual(['Rhiannon Price']);
    });

    it('does not take a firm named after a person of the story for a person', () => {
      expect(names('Helen Marsh founded Velo Marsh in 1971. Velo Marsh now makes 90,000 bikes, said Peter Marsh, her son and a director.')).toEqual(['Helen Marsh', 'Peter Marsh']);
    });

    it('does not take a company described in apposition, or whose shares move, for a person', () => {
      expect(names('Valdor Automotive, a German maker of braking systems, signed. Lattice Peak, a Singapore-based designer of chips, said it raised $5bn.')).toEqual([]);
      expect(names('BYD gained 3.2%, while Li Auto added 2.1% and Clean Rivers Devon, a campaign group, said nothing.')).toEqual([]);
    });

    it('takes a month abbreviation that is a given name beside a name the lexicon does not know', () => {
      expect(names('Founder Lei Jun stepped back, and Samsung appointed Jun Young-hyun. The deal closed on Jun 5.')).toEqual(['Lei Jun', 'Jun Young-hyun']);
    });

    it('takes a name after "said that", beside a possessive, or before a share move in another clause', () => {
      expect(names('Xiaomi said that Lu Weibing, its president, would run the unit.')).toEqual(['Lu Weibing']);
      expect(names("Apple's Tim Cook and Microsoft's Satya Nadella were in Davos.")).toEqual(['Tim Cook', 'Satya Nadella']);
      expect(names('Shares in Ocado Group, run by Tim Steiner, jumped 8%.')).toEqual(['Tim Steiner']);
    });

    it('keeps initials and particles inside a name, and an honorific out of it', () => {
      expect(names('Jerome H. Powell spoke, and Ursula von der Leyen said Europe would respond. Dr Fei-Fei Li agreed.')).toEqual(['Jerome H. Powell', 'Ursula von der Leyen', 'Fei-Fei Li']);
    });

    it('does not take a product for a person: Claude, Gemini, Alexa, Siri, Copilot', () => {
      expect(names('Users can ask Claude, Gemini, Alexa, Siri or Copilot for help. Claude answered first, and Alexa said nothing.')).toEqual([]);
      expect(names('Anthropic released Claude Sonnet 4.5 on Monday. The new Claude Sonnet model writes code. Amazon Alexa users waited.')).toEqual([]);
    });

    it('does not take organisations for people, even when their words are names', () => {
      expect(names('Morgan Stanley and Goldman Sachs led the offering. Analysts at Morgan Stanley agreed.')).toEqual([]);
      expect(names('Morgan Stanley raised its target. Morgan Stanley analyst Joseph Moore was cautious. Johnson & Johnson fell.')).toEqual(['Joseph Moore']);
    });

    it('does not take places, longer proper names or capitalised sentence starts for people', () => {
      expect(names('The company opened an office in Santa Clara. San Jose-based Super Micro rose. Hong Kong Exchanges fell. Palo Alto Networks gained.')).toEqual([]);
      expect(names('Under Armour fell 4%. Recently Qwen shipped a model. Earlier Tuesday Nvidia said demand held.')).toEqual([]);
    });
  });

  describe('roles in apposition, on either side', () => {
    const role = (body: string) => cast(body).map((p) => [p.name, p.role]);

    it('reads a title before the name, verbatim', () => {
      expect(role('Revenue beat forecasts, CFO Amy Hood said on a call.')).toEqual([['Amy Hood', 'CFO']]);
      expect(role('Chief Executive Officer Jane Fraser told staff the plan was on track.')).toEqual([['Jane Fraser', 'Chief Executive Officer']]);
      expect(role('Former Intel chief executive Pat Gelsinger joined a venture firm.')).toEqual([['Pat Gelsinger', 'Former Intel chief executive']]);
      expect(role('The plan was drafted by former Treasury Secretary Janet Yellen.')).toEqual([['Janet Yellen', 'former Treasury Secretary']]);
    });

    it('reads an appositive after the name, past an age', () => {
      expect(role("Amy Hood, the chief financial officer of Microsoft's cloud unit, said costs rose.")).toEqual([['Amy Hood', "the chief financial officer of Microsoft's cloud unit"]]);
      expect(role("Jamie Dimon, 69, the bank's chief executive, warned of sticky inflation.")).toEqual([['Jamie Dimon', "the bank's chief executive"]]);
      expect(role('Priya Natarajan, a professor of physics at Yale University, led the study.')).toEqual([['Priya Natarajan', 'a professor of physics at Yale University']]);
      expect(role("Mira Murati, OpenAI's former chief technology officer, founded a start-up.")).toEqual([['Mira Murati', "OpenAI's former chief technology officer"]]);
    });

    it('reads an appositive before the name', () => {
      expect(role("The lab's chief scientist, Yann LeCun, disagreed.")).toEqual([['Yann LeCun', "The lab's chief scientist"]]);
      expect(role("The bank's newly appointed CFO, Ravi Menon, met investors.")).toEqual([['Ravi Menon', "The bank's newly appointed CFO"]]);
    });

    it('reads a relative clause that says what the person leads, without "who"', () => {
      expect(role('Robyn Denholm, who chairs the board, backed the award. Jim Keller, who leads the chip unit, joined in 2021.')).toEqual([
        ['Robyn Denholm', 'chairs the board'],
        ['Jim Keller', 'leads the chip unit'],
      ]);
      expect(role('Priya Shah, who joined in 2019, left.')).toEqual([['Priya Shah', null]]);
    });

    it('reads a role a predicate gives, cut before the date, when no appositive gives one', () => {
      expect(role('Ana Botin was named executive chair of Santander in 2014.')).toEqual([['Ana Botin', 'executive chair of Santander']]);
      expect(role('Lisa Su became chief executive of AMD in 2014. Su, the company said, would stay.')).toEqual([['Lisa Su', 'chief executive of AMD']]);
    });

    it('reads an appositive past an honorific, one cut before a relative clause, and the noun phrase that ends a clause', () => {
      expect(role("Calder's chief medical officer, Dr. Peter Osei, said the trial ended.")).toEqual([['Peter Osei', "Calder's chief medical officer"]]);
      expect(role('"Cold is the problem," said Prof Amelia Hart, a materials chemist at Leeds who led the study.')).toEqual([['Amelia Hart', 'a materials chemist at Leeds']]);
      expect(role('"Watch the yen," said Kenji Watanabe, senior analyst at Tsubasa Securities.')).toEqual([['Kenji Watanabe', 'senior analyst at Tsubasa Securities']]);
      expect(role('The prime minister has sent his top trade negotiator, Ryosei Akazawa, to Washington.')).toEqual([['Ryosei Akazawa', 'his top trade negotiator']]);
    });

    it('reads a role through an abbreviation, proper names and hyphenated titles', () => {
      expect(role('"The bar just went up," said Priya Raman, chief U.S. economist at Halvorsen Capital.')).toEqual([['Priya Raman', 'chief U.S. economist at Halvorsen Capital']]);
      expect(role('"Investors got clarity," said Kelvin Ho, a fund manager at Sun Hung Kai Financial.')).toEqual([['Kelvin Ho', 'a fund manager at Sun Hung Kai Financial']]);
      expect(role('Ngozi Okonjo-Iweala, director-general of the World Trade Organization, warned of tariffs.')).toEqual([['Ngozi Okonjo-Iweala', 'director-general of the World Trade Organization']]);
      expect(role('Samsung appointed Jun Young-hyun as co-chief executive.')).toEqual([['Jun Young-hyun', 'co-chief executive']]);
    });

    it('falls back on an abbreviated title, but not on a courtesy one', () => {
      expect(role('Gov. Tony Evers praised her. Mr. Tom Reyes did not.')).toEqual([
        ['Tony Evers', 'Gov.'],
        ['Tom Reyes', null],
      ]);
    });

    it('does not read a clause with a verb as a role', () => {
      expect(role('Asked about Jensen Huang, Sam Altman told reporters nothing.')).toEqual([
        ['Jensen Huang', null],
        ['Sam Altman', null],
      ]);
    });

    it('reads a role given at a short mention when the full name has none', () => {
      expect(role('Jensen Huang opened the show. Huang, Nvidia\'s chief executive, said demand held.')).toEqual([['Jensen Huang', "Nvidia's chief executive"]]);
    });
  });

  describe('people and roles as wire and markets copy writes them', () => {
    const role = (body: string) => cast(body).map((p) => [p.name, p.role]);

    it('reads an attribution inverted after a quotation: the speaker, known to the lexicon or not, and the role after the name', () => {
      expect(role('"The numbers no longer add up," said Freya Bergkvist, a senior economist at the foundation.')).toEqual([['Freya Bergkvist', 'a senior economist at the foundation']]);
      expect(role('"It is a buyer\'s market," added Oriane Vasseur-Kline. "Nobody wants to sell," wrote Tobiah Fensome in a note.')).toEqual([
        ['Oriane Vasseur-Kline', null],
        ['Tobiah Fensome', null],
      ]);
    });

    it('takes an unknown name before a verb only people take, past an auxiliary', () => {
      expect(cast('Oriane Vasseur has resigned from the board. Tobias Wren will step down in June.').map((p) => p.name)).toEqual(['Oriane Vasseur', 'Tobias Wren']);
    });

    it('takes East Asian names and names the lexicon reads as places, with roles that hold acronyms and country codes', () => {
      expect(role('Wang Jing, head of APAC rates at Linhai Securities, said the curve would steepen.')).toEqual([['Wang Jing', 'head of APAC rates at Linhai Securities']]);
      expect(role('Liu Jun, chief FX strategist at Harcourt Bank, said the yuan would hold.')).toEqual([['Liu Jun', 'chief FX strategist at Harcourt Bank']]);
      expect(role('Lee Min-jun, a KOSPI analyst at Daehan Investment, said chip stocks were cheap.')).toEqual([['Lee Min-jun', 'a KOSPI analyst at Daehan Investment']]);
      expect(role('Ella Caldwell, chief UK economist at the broker Pellow & Co, said rates would fall.')).toEqual([['Ella Caldwell', 'chief UK economist at the broker Pellow & Co']]);
    });

    it('ends a role after the name before a participle clause, a bracket or a spaced dash', () => {
      expect(role('Copper slipped, said Odile Marchetti, an analyst at a trading house owned by the state.')).toEqual([['Odile Marchetti', 'an analyst at a trading house']]);
      expect(role('Copper slipped, said Odile Marchetti, an analyst at Kestrel Metals (KSTR.L).')).toEqual([['Odile Marchetti', 'an analyst at Kestrel Metals']]);
      expect(role('Copper slipped, said Odile Marchetti, an analyst at Kestrel – a small broker.')).toEqual([['Odile Marchetti', 'an analyst at Kestrel']]);
      expect(role('Odile Marchetti, 51, is leaving. Marchetti, the minister said on Tuesday, would go in May.')).toEqual([['Odile Marchetti', null]]);
    });

    it('reads offices of public life as roles: MP, peer, senator, mayor', () => {
      expect(role('Callum Reid, the Labour MP for Leith North, said the scheme had failed. Conservative MP Harriet Vane agreed, and Darius Fenwick, a Liberal Democrat peer, abstained.')).toEqual([
        ['Callum Reid', 'the Labour MP for Leith North'],
        ['Harriet Vane', 'Conservative MP'],
        ['Darius Fenwick', 'a Liberal Democrat peer'],
      ]);
      expect(role('Tessa Marlow, a state senator from Ohio, and Ivan Petrak, the mayor of Dayton, spoke.')).toEqual([
        ['Tessa Marlow', 'a state senator from Ohio'],
        ['Ivan Petrak', 'the mayor of Dayton'],
      ]);
    });

    it('reads the office a verb of appointing or a change of office gives, and an appositive in brackets or dashes', () => {
      expect(role('Kestrel named Oriane Vasseur chief executive on Monday, and hired Tobias Wren as its chief economist.')).toEqual([
        ['Oriane Vasseur', 'chief executive'],
        ['Tobias Wren', 'its chief economist'],
      ]);
      expect(role('Jane Okoro took over as finance director in March. Amit Rao stepped down as chairman on Friday. Lucy Byrne joined the bank as general counsel in 2019.')).toEqual([
        ['Jane Okoro', 'finance director'],
        ['Amit Rao', 'chairman'],
        ['Lucy Byrne', 'general counsel'],
      ]);
      expect(role("Jane Okoro (CEO) and Amit Rao — the bank's chairman — spoke. Lucy Byrne, who runs the $4bn Kestrel fund, agreed.")).toEqual([
        ['Jane Okoro', 'CEO'],
        ['Amit Rao', "the bank's chairman"],
        ['Lucy Byrne', 'runs the $4bn Kestrel fund'],
      ]);
    });

    it('reads a role before a name past an honorific, which stays out of the name; "owner" is a role of a person', () => {
      expect(role('Departing chairman Dame Olwen Tredwell, 68, said the sale was right. Club owner Sir Malcolm Ebbs bought the ground in 2004.')).toEqual([
        ['Olwen Tredwell', 'Departing chairman'],
        ['Malcolm Ebbs', 'Club owner'],
      ]);
      expect(role('Lady Imelda Crowther, the estate\'s owner, objected.')).toEqual([['Imelda Crowther', "the estate's owner"]]);
    });
  });

  describe('firms, places and products named like people', () => {
    const names = (body: string) => cast(body).map((p) => p.name);

    it('does not take firms named after people for people', () => {
      expect(names('Morgan Stanley expects the index to rise, while Goldman Sachs sees a fall. Data from Charles Schwab showed inflows, and Raymond James upgraded the stock.')).toEqual([]);
    });

    it('does not take a name that ends like a place, or a given name before an ordinary word, for a person on the lexicon alone', () => {
      expect(names('Jordan Valley farms flooded. Santa Clara County officials met. Victoria Harbour was closed. Time Warner said it would merge.')).toEqual([]);
      expect(names('Ellie Ward, who leads the campaign, said so.')).toEqual(['Ellie Ward']);
    });

    it('does not take a product for a person anywhere once the text uses it as one', () => {
      expect(names('Developers use Claude Code to write tests. Claude Code writes them quickly. Jasper Chat was retired.')).toEqual([]);
      expect(names('Rivals shipped Tessa Vane 2 last week. Tessa Vane answers in Welsh.')).toEqual([]);
    });

    it('does not take what firms are called ("owner", "developer") as a sign of a person', () => {
      expect(names('Harbour Holdings, the owner of the stadium, said it would sell. Lattice Peak, a developer of chips, raised money.')).toEqual([]);
    });
  });

  it('attaches short mentions with an honorific to the person, the honorific left out', () => {
    expect(cast('Amy Hood spoke first. Ms Hood said costs rose. Jensen Huang agreed, and Mr. Huang smiled.')).toEqual([
      { name: 'Amy Hood', role: null, mentions: ['Amy Hood', 'Hood'] },
      { name: 'Jensen Huang', role: null, mentions: ['Jensen Huang', 'Huang'] },
    ]);
  });
});
