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

  it('attaches short mentions with an honorific to the person, the honorific left out', () => {
    expect(cast('Amy Hood spoke first. Ms Hood said costs rose. Jensen Huang agreed, and Mr. Huang smiled.')).toEqual([
      { name: 'Amy Hood', role: null, mentions: ['Amy Hood', 'Hood'] },
      { name: 'Jensen Huang', role: null, mentions: ['Jensen Huang', 'Huang'] },
    ]);
  });
});
