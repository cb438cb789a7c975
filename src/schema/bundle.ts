/**
 * The compiled bundle: the one contract between the build-time compiler and the app.
 *
 * The valibot schemas below are the single source of truth: the TypeScript types are
 * inferred from them, the compiler validates with them before it writes, and the app
 * validates with them when it loads the JSON. Offsets (`start`/`end`) are UTF-16 code
 * unit indexes into `article.text`, so `article.text.slice(start, end) === text` holds
 * for every fact and quoted span.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1));

/** A quoted piece of the article: its exact text, where it is, and its sentence id. */
export const SpanSchema = v.object({
  text: v.string(),
  start: offset,
  end: offset,
  /** id of the sentence that contains the span */
  sentence: id,
});

export const ParagraphSchema = v.object({
  id,
  start: offset,
  end: offset,
  /**
   * headline (first line), dateline ("Deep News03-05 20:01"), body, or boilerplate (the
   * trailing disclaimer, "Comments", "Leave a comment": shown in the source, never mined
   * for facts). Headline and dateline are one sentence each, so facts found there (the
   * publication date) have a sentence too.
   */
  kind: v.picklist(['headline', 'dateline', 'body', 'boilerplate']),
});

export const SentenceSchema = v.object({
  id,
  paragraph: id,
  start: offset,
  end: offset,
});

export const ArticleSchema = v.object({
  /** the headline: the first non-empty line */
  title: v.string(),
  titleSpan: v.object({ start: offset, end: offset }),
  outlet: v.nullable(v.string()),
  /** ISO local date-time of publication, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; null without a dateline */
  published: v.nullable(v.string()),
  /** where the publication year came from: the story file, inferred from the text, or nowhere */
  publishedYearSource: v.nullable(v.picklist(['story', 'text'])),
  /** the sentence the year was inferred from, when `publishedYearSource` is `text` */
  publishedYearSentence: v.nullable(v.string()),
  dateline: v.nullable(v.object({ text: v.string(), start: offset, end: offset })),
  /** the whole article, verbatim except that CRLF/CR line endings become LF and a BOM is dropped */
  text: v.string(),
  paragraphs: v.array(ParagraphSchema),
  sentences: v.array(SentenceSchema),
});

const factBase = {
  id,
  text: v.string(),
  start: offset,
  end: offset,
  sentence: id,
};

export const QualifierSchema = v.nullable(
  v.picklist(['over', 'more than', 'up to', 'about', 'at least', 'less than', 'nearly']),
);

/** The unit of a share of a hundred: "18%", "7.5 percent", "20 per cent". */
export const PERCENT_UNIT = 'percent';
/** The unit of a multiple: "about 40x", "three times", "tripled" (3), "more than halved" (0.5). */
export const TIMES_UNIT = 'times';
/** The unit of a share of a whole said in words: "roughly a fifth" (0.2), "two-thirds of voters", "about half". */
export const FRACTION_UNIT = 'fraction';
/** The unit of a count whose noun the text does not give: "12 of them", "Twelve said no". */
export const COUNT_UNIT = 'count';
/** The units of spans of time ("six months", "90 days", "a five-year contract"); an age is in years too. */
export const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'] as const;
/** Units of measure written as symbols glued to the number ("1.5C", "30GW", "2TB"); the page writes them after the figure. */
export const SYMBOL_UNITS = ['°C', '°F', 'km', 'kg', 'mm', 'cm', 'nm', 'mg', 'ml', 'lb', 'oz', 'ft', 'mph', 'GW', 'MW', 'kW', 'GWh', 'MWh', 'kWh', 'TWh', 'GB', 'TB', 'PB', 'Gbps', 'Mbps', 'mAh', 'W', 'Wh', 'GHz', 'MHz'] as const;

export const QuantitySchema = v.object({
  ...factBase,
  /** fully scaled: "over 10 billion" is 10000000000; each end of a range ("20-30%") is a quantity of its own */
  value: v.number(),
  /**
   * what is counted, from the text ("global downloads", "derivative models", "parameters"),
   * a currency code for money, `percent`, `times`, `fraction`, one of `DURATION_UNITS` or
   * `SYMBOL_UNITS`, or `count` when the text names no noun for a count
   */
  unit: v.string(),
  /** ISO 4217 code for money ("USD", "CNY"), else null */
  currency: v.nullable(v.string()),
  qualifier: QualifierSchema,
  /** what one figure is for, when the text says: "share" in "SGD 4.35 per share", "barrel" in "$80 a barrel" */
  per: v.optional(v.string()),
});

export const TimeSchema = v.object({
  ...factBase,
  /**
   * `YYYY`, `YYYY-Hn` (a half), `YYYY-Qn` (a quarter), `YYYY-MM`, `YYYY-MM-DD` or
   * `YYYY-MM-DDTHH:mm` (the local time as printed; a zone is not converted)
   */
  resolved: v.pipe(v.string(), v.regex(/^\d{4}(-H[12]|-Q[1-4]|-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/)),
  precision: v.picklist(['year', 'half', 'quarter', 'month', 'day', 'minute']),
  /** "early 2026" is year 2026 with modifier early; "recently" is the publication month with modifier recent */
  modifier: v.nullable(v.picklist(['early', 'mid', 'late', 'recent'])),
  /** true when resolved against another time ("A year later", "On the same day", "recently") */
  relative: v.boolean(),
  /** the time fact id (or "published") a relative expression was resolved against */
  anchor: v.nullable(v.string()),
});

export const PersonSchema = v.object({
  ...factBase,
  /** the full name as first written; `text` is that first mention */
  name: v.string(),
  /** the role as the text gives it, verbatim, or null */
  role: v.nullable(v.string()),
  roleSpan: v.nullable(v.object({ start: offset, end: offset })),
  /** every mention, full or short ("Wu", "Lin"), in text order */
  mentions: v.array(v.object({ start: offset, end: offset, sentence: id })),
});

export const OrganizationSchema = v.object({ ...factBase, name: v.string() });

export const QuotationSchema = v.object({
  ...factBase,
  /** who said or wrote it, when the text says so */
  speaker: v.nullable(v.string()),
});

export const FactsSchema = v.object({
  quantities: v.array(QuantitySchema),
  times: v.array(TimeSchema),
  people: v.array(PersonSchema),
  organizations: v.array(OrganizationSchema),
  quotations: v.array(QuotationSchema),
});

export const SECTION_IDS = ['metrics', 'timeline', 'org', 'strategy', 'people', 'source'] as const;
export const SectionIdSchema = v.picklist(SECTION_IDS);

export const SectionSchema = v.object({
  id: SectionIdSchema,
  /** a head that says what the reader learns ("How the Qwen team is being split") */
  title: v.string(),
  /** one sentence saying what the graphic shows */
  dek: v.nullable(v.string()),
});

export const MetricSchema = v.object({
  /** slug of the label, unique among metrics: the deep-link id */
  id,
  label: v.string(),
  /** metrics of one group share a scale when their units agree */
  group: v.string(),
  groupLabel: v.string(),
  /** the quantity fact this card shows */
  quantity: id,
  /**
   * false: shown only after the group's "show all" (auto mode features the first few figures
   * of a long group); absent or true: always shown
   */
  featured: v.optional(v.boolean()),
});

export const LaneSchema = v.object({ id, label: v.string() });

export const TimelineEventSchema = v.object({
  /** slug of the title, unique among events: the deep-link id */
  id,
  lane: id,
  title: v.string(),
  /** the time fact that dates the event */
  time: id,
  /** the sentence the event is told in */
  sentence: id,
});

export const OrgNodeSchema = v.object({
  /** stable across the before and after views, so a node that survives can be animated */
  id,
  /** the node's name as the text writes it */
  label: SpanSchema,
  kind: v.picklist(['company', 'lab', 'team', 'group']),
  /** id of the node it reports to, in this view */
  parent: v.nullable(v.string()),
  /** person fact ids of who leads or coordinates it */
  leads: v.array(id),
  /** what the text says about this node in this view */
  note: v.nullable(SpanSchema),
});

export const OrgViewSchema = v.object({
  id: v.picklist(['before', 'after']),
  title: v.string(),
  /** the sentence that describes this structure */
  summary: SpanSchema,
  nodes: v.array(OrgNodeSchema),
});

export const StrategySideSchema = v.object({
  title: v.string(),
  focus: SpanSchema,
  kpis: v.array(SpanSchema),
});

export const StrategySchema = v.object({
  before: StrategySideSchema,
  after: StrategySideSchema,
  stages: v.array(v.object({ id, label: SpanSchema, current: v.boolean() })),
  /** the sentence that says which stage is current */
  currentNote: v.nullable(SpanSchema),
});

export const StorySchema = v.object({
  sections: v.array(SectionSchema),
  metrics: v.array(MetricSchema),
  timeline: v.object({ lanes: v.array(LaneSchema), events: v.array(TimelineEventSchema) }),
  org: v.nullable(v.object({ views: v.array(OrgViewSchema) })),
  strategy: v.nullable(StrategySchema),
  /** person fact ids, in the order the cast is shown */
  people: v.array(id),
});

export const BundleSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  source: v.object({
    /** article path as given to the compiler, relative to the project when inside it */
    article: v.string(),
    story: v.nullable(v.string()),
    mode: v.picklist(['story', 'auto']),
  }),
  article: ArticleSchema,
  facts: FactsSchema,
  story: StorySchema,
});

export type Span = v.InferOutput<typeof SpanSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Sentence = v.InferOutput<typeof SentenceSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Qualifier = v.InferOutput<typeof QualifierSchema>;
export type Quantity = v.InferOutput<typeof QuantitySchema>;
export type TimeFact = v.InferOutput<typeof TimeSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type Quotation = v.InferOutput<typeof QuotationSchema>;
export type Facts = v.InferOutput<typeof FactsSchema>;
export type SectionId = v.InferOutput<typeof SectionIdSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Metric = v.InferOutput<typeof MetricSchema>;
export type Lane = v.InferOutput<typeof LaneSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type OrgNode = v.InferOutput<typeof OrgNodeSchema>;
export type OrgView = v.InferOutput<typeof OrgViewSchema>;
export type StrategySide = v.InferOutput<typeof StrategySideSchema>;
export type Strategy = v.InferOutput<typeof StrategySchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type Bundle = v.InferOutput<typeof BundleSchema>;
