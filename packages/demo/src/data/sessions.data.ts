// The conversations of the demo project: who asked what, which tools ran, what they found and
// what the assistant answered. The builder turns each turn into one trace.
import type { DemoSession } from '../demo-scenario.type';

export const DEMO_SESSIONS: DemoSession[] = [
  {
    userId: 'maya.chen',
    customer: 'Northwind Labs',
    env: 'prod',
    model: 'sonnet',
    host: 'pyProd',
    hoursAgo: 69,
    collection: 'northwind-rnd-notes',
    sources: [
      {
        title: 'Why solid-state batteries are still hard to make',
        url: 'https://news.example.com/energy/solid-state-hurdles',
        snippet:
          'Lithium-metal anodes grow dendrites that can pierce ceramic separators, and solid-solid interfaces lose contact as electrodes swell during cycling.',
      },
      {
        title: 'Sulfide electrolytes: conductivity versus stability',
        url: 'https://journal.example.org/batteries/sulfide-review',
        snippet: 'Sulfide electrolytes reach liquid-like ionic conductivity but react with moisture to release H2S, which forces dry-room manufacturing.',
      },
      {
        title: 'Pilot lines for solid-state cells: who is building what',
        url: 'https://industry.example.net/solid-state-pilot-lines',
        snippet: 'Several cell makers run pilot lines for automotive samples; most announce volume production for 2027-2028 at the earliest.',
      },
      {
        title: 'Stack pressure and the real energy density of solid-state packs',
        url: 'https://blog.example.io/stack-pressure',
        snippet: 'Cells that need several MPa of stack pressure lose part of their gravimetric advantage once the pack hardware is counted.',
      },
    ],
    docs: [
      {
        id: 'nw-note-112',
        title: 'Sulfide electrolyte screening, Q2',
        source: 'confluence://rnd/electrolytes/q2-screening',
        content: 'Argyrodite Li6PS5Cl samples showed 2.1 mS/cm at 25 C. Exposure to 30% RH for 10 min cut conductivity by 40% and produced measurable H2S.',
      },
      {
        id: 'nw-note-118',
        title: 'Interface coatings trial',
        source: 'confluence://rnd/electrolytes/lno-coating',
        content: 'LiNbO3-coated NMC811 cut interfacial resistance roughly threefold against uncoated cathode in sulfide cells after 50 cycles.',
      },
      {
        id: 'nw-note-131',
        title: 'Cell benchmark sheet',
        source: 'sharepoint://rnd/benchmarks/cells.xlsx',
        content: 'Reference NMC811/graphite pouch: 270 Wh/kg, 650 Wh/L. Solid-state prototype A: 350 Wh/kg, 800 Wh/L (cell level, 1 MPa stack pressure).',
      },
      {
        id: 'nw-note-140',
        title: 'Dry room cost estimate',
        source: 'confluence://rnd/manufacturing/dry-room',
        content: 'A -40 C dew point dry room for a 1 GWh line adds an estimated 8-12% to line capex versus a standard NMC line.',
      },
    ],
    turns: [
      {
        question: 'What are the main technical obstacles to commercialising solid-state batteries?',
        answer:
          'Four stand out: (1) lithium-metal dendrites that can still penetrate solid separators [1]; (2) loss of contact and high resistance at the solid-solid interfaces as electrodes swell [1]; (3) moisture sensitivity of sulfide electrolytes, which release H2S and require dry-room production [2]; and (4) stack-pressure hardware that erodes the pack-level energy-density gain [4].',
        tools: ['web_search'],
        query: 'solid-state battery commercialisation challenges dendrites interface',
        summarize: true,
      },
      {
        question: 'Which companies are closest to production, and what timelines have they announced?',
        answer:
          'According to the industry roundup, several cell makers are shipping automotive B-samples from pilot lines, but announced volume production dates cluster around 2027-2028 and have slipped before [3]. Treat any date earlier than that as optimistic.',
        tools: ['web_search'],
        query: 'solid-state battery pilot line volume production timeline',
      },
      {
        question: 'Summarise what our internal notes say about sulfide electrolytes.',
        answer:
          'Our Q2 screening measured 2.1 mS/cm for argyrodite samples, but 10 minutes at 30% RH cut conductivity by 40% and produced H2S [nw-note-112]. A LiNbO3 cathode coating reduced interfacial resistance about threefold [nw-note-118], and a suitable dry room would add roughly 8-12% to line capex [nw-note-140].',
        tools: ['retriever'],
        query: 'sulfide electrolyte conductivity moisture coating',
        summarize: true,
      },
      {
        question: 'Compare energy density of the leading cells against current NMC cells, as a quick table.',
        answer:
          '| Cell | Wh/kg | Wh/L |\n|---|---|---|\n| NMC811/graphite (reference) | 270 | 650 |\n| Solid-state prototype A | 350 | 800 |\n| Gain | +30% | +23% |\n\nThe prototype figures are cell-level at 1 MPa stack pressure, so the pack-level gain will be smaller [nw-note-131].',
        tools: ['retriever', 'python_exec'],
        query: 'cell benchmark energy density Wh/kg Wh/L',
        code: 'ref = {"wh_kg": 270, "wh_l": 650}\nss = {"wh_kg": 350, "wh_l": 800}\nfor k in ref:\n    print(k, ss[k], ref[k], f"{(ss[k] / ref[k] - 1) * 100:+.0f}%")',
        stdout: 'wh_kg 350 270 +30%\nwh_l 800 650 +23%\n',
      },
      {
        question: 'Draft a three-bullet summary I can paste into the weekly update.',
        answer:
          '- Solid-state cells promise ~30% more Wh/kg at cell level, but stack pressure eats into that at pack level.\n- Sulfide electrolytes perform well in our tests yet need dry-room production (+8-12% line capex).\n- Industry volume production is unlikely before 2027-2028; we keep screening coatings in the meantime.',
        tools: [],
      },
    ],
  },
  {
    userId: 'dev.patel',
    customer: 'Acme Analytics',
    env: 'prod',
    model: 'gpt4o',
    host: 'nodeProd',
    hoursAgo: 61,
    collection: 'acme-legal-kb',
    sources: [
      {
        title: 'The EU AI Act explained for deployers',
        url: 'https://policy.example.eu/ai-act/deployers',
        snippet:
          'Deployers of AI systems that interact with people must make sure users know they are interacting with an AI system, unless this is obvious from the context.',
      },
      {
        title: 'AI Act application timeline',
        url: 'https://policy.example.eu/ai-act/timeline',
        snippet:
          'Prohibitions apply six months after entry into force, general-purpose AI rules after twelve months, and most remaining obligations after twenty-four months.',
      },
      {
        title: 'Chatbots and the transparency obligations',
        url: 'https://law.example.com/insights/chatbot-transparency',
        snippet:
          'A customer-support chatbot is usually not high-risk, but transparency duties still apply; AI-generated text published to inform the public must be labelled.',
      },
    ],
    docs: [
      {
        id: 'legal-kb-07',
        title: 'AI Act gap analysis (draft)',
        source: 'notion://legal/ai-act-gap-analysis',
        content:
          'Our support bot is a limited-risk system. Required: disclose AI interaction at start of chat; keep logs; staff AI-literacy training. Not required: conformity assessment.',
      },
      {
        id: 'legal-kb-11',
        title: 'Support bot disclosure copy',
        source: 'notion://legal/support-bot-disclosure',
        content: 'Approved banner: "You are chatting with Acme\'s AI assistant. A human agent can take over at any time." Must show before the first reply.',
      },
      {
        id: 'legal-kb-15',
        title: 'Vendor contract clauses for GPAI providers',
        source: 'notion://legal/gpai-vendor-clauses',
        content:
          'Ask model vendors for technical documentation and copyright policy summaries; these duties sit with the GPAI provider, not with us as deployer.',
      },
    ],
    turns: [
      {
        question: 'Which obligations of the EU AI Act apply to a company deploying a third-party LLM chatbot for customer support?',
        answer:
          'As a deployer of a limited-risk system you mainly have transparency duties: tell users they are talking to an AI unless it is obvious [1][legal-kb-07], plus AI-literacy training for staff. Conformity assessment does not apply because a support bot is not high-risk [3]. Documentation duties for the model itself sit with the GPAI provider [legal-kb-15].',
        tools: ['web_search', 'retriever'],
        query: 'EU AI Act deployer obligations customer support chatbot',
        summarize: true,
      },
      {
        question: 'When do those obligations take effect?',
        answer:
          'The transparency obligations fall under the general application date, twenty-four months after entry into force; the AI-literacy duty already applies from six months [2]. Plan the chat banner change well before the 24-month mark.',
        tools: ['web_search'],
        query: 'EU AI Act application dates transparency obligations',
      },
      {
        question: 'Do we need to label AI-generated replies to customers?',
        tools: ['retriever'],
        query: 'label AI-generated replies customers disclosure',
        rateLimited: true,
      },
      {
        question: 'Trying again: do we need to label AI-generated replies to customers?',
        answer:
          'Not each reply. You must disclose that the customer is interacting with an AI system, which our approved banner does before the first reply [legal-kb-11]. Separate labelling is required for AI-generated text published to inform the public, which support replies are not [3].',
        tools: ['retriever'],
        query: 'label AI-generated replies customers disclosure',
      },
    ],
  },
  {
    userId: 'lena.vogel',
    customer: 'Helio Energy',
    env: 'staging',
    model: 'mini',
    host: 'pyStaging',
    hoursAgo: 50,
    collection: 'helio-market-intel',
    sources: [
      {
        title: 'European heat pump market report',
        url: 'https://market.example.eu/heat-pumps/annual-report',
        snippet:
          'Sales in the tracked European markets rose from about 1.5 million units to a peak near 3 million before falling back by roughly a fifth last year.',
      },
      {
        title: 'Heat pump sales slow after subsidy changes',
        url: 'https://news.example.com/energy/heat-pump-slowdown',
        snippet: 'Changes to subsidy schemes and lower gas prices cut demand in Germany and Italy, while France and the Nordics held up better.',
      },
      {
        title: 'Which countries lead heat pump adoption',
        url: 'https://data.example.org/heat-pumps/by-country',
        snippet: 'France, Italy and Germany account for about half of unit sales; Norway and Finland lead on sales per household.',
      },
    ],
    docs: [
      {
        id: 'helio-mi-03',
        title: 'Heat pump unit sales, tracked markets (thousands)',
        source: 's3://helio-market-intel/heat-pumps/sales.csv',
        content: 'year,units\n2019,1500\n2020,1650\n2021,2150\n2022,3000\n2023,2640',
      },
      {
        id: 'helio-mi-09',
        title: 'Country split memo',
        source: 'gdrive://market-intel/heat-pumps/country-split',
        content: 'France 24%, Italy 14%, Germany 13%, Sweden 6%, Norway 5%. Germany fell hardest after the subsidy redesign.',
      },
    ],
    turns: [
      {
        question: 'How fast did heat pump sales grow in Europe over the last five years?',
        answer:
          'Unit sales in the tracked markets roughly doubled, from about 1.5 million to a peak near 3 million, then fell back by about a fifth last year as subsidies changed and gas prices eased [1][2].',
        tools: ['web_search'],
        query: 'Europe heat pump sales growth five years',
      },
      {
        question: 'Fit a simple trend and project 2026 sales from those numbers.',
        answer:
          'The trend fit did not finish: the code sandbox timed out after 30 s. A rough reading of the series (1.5M to 2.6M units over four years) suggests about 3.2-3.5 million units in 2026 if growth resumes, but treat that as indicative only.',
        tools: ['python_exec'],
        code: 'import numpy as np\nimport pandas as pd\ndf = pd.read_csv("sales.csv")\nboot = [np.polyfit(df.year, df.sample(frac=1, replace=True).units, 2) for _ in range(200000)]\nprint(np.percentile([np.polyval(b, 2026) for b in boot], [5, 50, 95]))',
        toolFailure: {
          tool: 'python_exec',
          errorType: 'TimeoutError',
          message: 'python_exec: execution exceeded the 30 s sandbox limit',
          stackTrace:
            'Traceback (most recent call last):\n  File "/app/research_assistant/tools/python_exec.py", line 88, in run\n    result = self.sandbox.execute(code, timeout=self.timeout_s)\n  File "/app/.venv/lib/python3.12/site-packages/sandbox_client/client.py", line 214, in execute\n    raise TimeoutError(f"execution exceeded the {timeout} s sandbox limit")\nTimeoutError: execution exceeded the 30 s sandbox limit',
        },
      },
      {
        question: 'Try again with a plain linear fit, no bootstrapping.',
        answer:
          'A linear fit over 2019-2023 gives a slope of about 363,000 units per year and projects roughly 4.0 million units for 2026. The 2023 dip makes this optimistic; a flat scenario would stay near 2.6-2.8 million.',
        tools: ['python_exec'],
        code: 'import numpy as np\nyears = np.array([2019, 2020, 2021, 2022, 2023])\nunits = np.array([1500, 1650, 2150, 3000, 2640])\nslope, intercept = np.polyfit(years, units, 1)\nprint(round(slope), round(slope * 2026 + intercept))',
        stdout: '363 4003\n',
      },
      {
        question: 'Which countries drive most of the growth?',
        answer:
          'France, Italy and Germany together make up about half of unit sales [3][helio-mi-09]; France alone is about a quarter. Germany fell hardest after the subsidy redesign, while Norway and Finland lead on adoption per household [3].',
        tools: ['web_search', 'retriever'],
        query: 'heat pump sales by country Europe share',
        summarize: true,
      },
    ],
  },
  {
    userId: 'sam.okafor',
    customer: 'Northwind Labs',
    env: 'prod',
    model: 'sonnet',
    host: 'pyGpu',
    hoursAgo: 41,
    collection: 'northwind-ml-platform',
    sources: [
      {
        title: 'A survey of RAG evaluation metrics',
        url: 'https://arxiv.example.org/abs/rag-eval-survey',
        snippet:
          'Common metrics split into retrieval quality (context precision, context recall) and generation quality (faithfulness, answer relevance, correctness).',
      },
      {
        title: 'LLM-as-judge: how well does it agree with people?',
        url: 'https://blog.example.io/llm-judge-agreement',
        snippet: 'Faithfulness judged by a strong model correlated best with human ratings (Spearman around 0.6-0.7); answer relevance correlated less.',
      },
      {
        title: 'Building an eval harness for retrieval systems',
        url: 'https://engineering.example.com/rag-eval-harness',
        snippet: 'Track metrics per query type and keep a fixed golden set; aggregate scores hide regressions on rare intents.',
      },
    ],
    docs: [
      {
        id: 'mlp-eval-02',
        title: 'Eval harness design doc',
        source: 'github://northwind/ml-platform/docs/eval-harness.md',
        content:
          'Faithfulness = share of answer claims supported by retrieved context, judged claim by claim by gpt-4o-mini. Claims are extracted with a fixed prompt (v3).',
      },
      {
        id: 'mlp-eval-05',
        title: 'Eval run 2024-W44 summary',
        source: 's3://northwind-evals/runs/w44/summary.json',
        content: 'n=412 queries. faithfulness mean 0.81, answer_relevance mean 0.77, context_recall mean 0.69.',
      },
      {
        id: 'mlp-eval-06',
        title: 'Human rating study',
        source: 'github://northwind/ml-platform/docs/human-study.md',
        content: '120 answers rated by 3 annotators. Spearman vs human: faithfulness 0.64, answer_relevance 0.41, context_recall 0.33.',
      },
    ],
    turns: [
      {
        question: 'What metrics do people use to evaluate retrieval-augmented generation?',
        answer:
          'They fall into two groups [1]: retrieval quality (context precision and context recall) and generation quality (faithfulness to the retrieved context, answer relevance, and correctness against a reference). Practitioners also recommend slicing by query type, since averages hide regressions [3].',
        tools: ['web_search'],
        query: 'RAG evaluation metrics faithfulness context recall',
        summarize: true,
      },
      {
        question: 'How does our eval harness compute faithfulness today?',
        answer:
          'It extracts the claims of each answer with a fixed prompt (v3), then has gpt-4o-mini judge each claim against the retrieved context; faithfulness is the share of supported claims [mlp-eval-02].',
        tools: ['retriever'],
        query: 'eval harness faithfulness computation',
      },
      {
        question: "Compute the mean faithfulness and answer relevance from last week's eval run.",
        answer:
          'For run 2024-W44 (412 queries): mean faithfulness 0.81 and mean answer relevance 0.77; context recall trails at 0.69, which points at retrieval rather than generation as the weak spot [mlp-eval-05].',
        tools: ['retriever', 'python_exec'],
        query: 'eval run summary last week faithfulness answer relevance',
        code: 'import json\nrun = json.load(open("/data/runs/w44/summary.json"))\nfor m in ("faithfulness", "answer_relevance", "context_recall"):\n    print(m, round(run["means"][m], 2))',
        stdout: 'faithfulness 0.81\nanswer_relevance 0.77\ncontext_recall 0.69\n',
      },
      {
        question: 'Which of those metrics correlate best with human ratings?',
        answer:
          'Faithfulness, clearly: our human study found Spearman 0.64, versus 0.41 for answer relevance and 0.33 for context recall [mlp-eval-06], in line with published LLM-as-judge results of about 0.6-0.7 [2].',
        tools: ['web_search', 'retriever'],
        query: 'correlation of RAG metrics with human ratings',
        summarize: true,
      },
    ],
  },
  {
    userId: 'ines.moreau',
    customer: 'Acme Analytics',
    env: 'prod',
    model: 'gpt4o',
    host: 'nodeProd',
    hoursAgo: 29,
    collection: 'acme-sales-enablement',
    sources: [
      {
        title: 'Competitor A pricing',
        url: 'https://competitor-a.example.com/pricing',
        snippet: 'Team: $900 per month for 10 seats. Business: $2,400 per month for 25 seats. Annual billing.',
      },
      { title: 'Competitor B pricing', url: 'https://competitor-b.example.com/pricing', snippet: 'Pro: $79 per seat per month. Enterprise: contact sales.' },
      {
        title: 'Competitor C pricing',
        url: 'https://competitor-c.example.com/pricing',
        snippet: 'Starter: $49 per seat per month. Usage tier: $0.80 per 1,000 events, first 1M events included.',
      },
    ],
    docs: [
      {
        id: 'acme-se-21',
        title: 'Acme price book',
        source: 'notion://sales/price-book',
        content: 'Acme Team: $69 per seat per month, minimum 5 seats. Acme Business: $99 per seat per month.',
      },
      {
        id: 'acme-se-24',
        title: 'Typical customer usage',
        source: 'notion://sales/usage-benchmarks',
        content: 'Median mid-market account: 18 seats, 3.2M events per month.',
      },
    ],
    turns: [
      {
        question: "Collect the public list prices of the three main competitors' analytics plans.",
        answer:
          'Competitor A: Team $900/month for 10 seats, Business $2,400/month for 25 seats [1]. Competitor B: Pro $79 per seat per month [2]. Competitor C: Starter $49 per seat per month plus a usage tier at $0.80 per 1,000 events beyond 1M [3].',
        tools: ['web_search'],
        query: 'competitor analytics pricing per seat',
        summarize: true,
      },
      {
        question: 'Normalise them to price per seat per month and rank them.',
        answer:
          'Per seat per month: Competitor C Starter $49, Competitor A Team $90, Competitor A Business $96, Competitor B Pro $79. Ranked cheapest first: C ($49), B ($79), A Team ($90), A Business ($96).',
        tools: ['python_exec'],
        code: 'plans = {"A Team": 900 / 10, "A Business": 2400 / 25, "B Pro": 79, "C Starter": 49}\nfor name, price in sorted(plans.items(), key=lambda p: p[1]):\n    print(f"{name}: ${price:.0f}")',
        stdout: 'C Starter: $49\nB Pro: $79\nA Team: $90\nA Business: $96\n',
      },
      {
        question: 'Add the usage-based tier from Competitor C and re-run the comparison for a typical account.',
        answer:
          'For a typical account (18 seats, 3.2M events): Competitor C costs $49 x 18 + 2,200 x $0.80 = $2,642/month, or $147 per seat, which moves it from cheapest to most expensive. B Pro stays at $79 per seat [3][acme-se-24].',
        tools: ['web_search', 'retriever', 'python_exec'],
        query: 'Competitor C usage based pricing events',
        code: 'seats, events_m = 18, 3.2\nc = 49 * seats + max(0, events_m - 1) * 1000 * 0.80\nprint(round(c), round(c / seats))',
        stdout: '2642 147\n',
      },
      {
        question: 'Where does our Team plan sit in that ranking?',
        answer:
          "At $69 per seat, Acme Team is second cheapest on list price after Competitor C Starter ($49), and cheapest of all once Competitor C's usage charges apply to a typical account [acme-se-21].",
        tools: ['retriever', 'python_exec'],
        query: 'Acme Team plan price per seat',
        code: 'plans = {"Acme Team": 69, "B Pro": 79, "A Team": 90, "A Business": 96, "C typical": 147}\nprint(sorted(plans, key=plans.get).index("Acme Team") + 1, "of", len(plans))',
        stdout: '1 of 5\n',
      },
    ],
  },
  {
    userId: 'kenji.sato',
    customer: 'Orbital Freight',
    env: 'staging',
    model: 'mini',
    host: 'pyStaging',
    hoursAgo: 20,
    collection: 'orbital-sustainability',
    sources: [
      {
        title: 'Freight emission factors by mode',
        url: 'https://data.example.org/freight/emission-factors',
        snippet: 'Typical well-to-wheel intensities: container ship 10-20 g CO2e per tonne-km, rail 15-30, truck 60-100, air freight 500-800.',
      },
      {
        title: 'Container shipping decarbonisation outlook',
        url: 'https://news.example.com/shipping/decarbonisation',
        snippet: 'Slow steaming and larger vessels cut intensity per TEU-km, but fuel switching is needed for deep reductions.',
      },
    ],
    docs: [
      {
        id: 'orb-sus-04',
        title: 'Emission factor sheet (GLEC-aligned)',
        source: 'sharepoint://sustainability/factors.xlsx',
        content: 'Deep-sea container, Asia-North Europe lane: 12.8 g CO2e/tonne-km WTW. Average loaded TEU: 10.5 t cargo.',
      },
      {
        id: 'orb-sus-07',
        title: 'Lane distances',
        source: 'sharepoint://sustainability/lanes.csv',
        content: 'Shanghai-Rotterdam via Suez: 19,500 km. Via Cape of Good Hope: 25,800 km.',
      },
    ],
    turns: [
      {
        question: 'What is the typical CO2 intensity of container shipping per tonne-km?',
        answer:
          'Web search was unavailable (HTTP 503), so this comes from our internal factor sheet: 12.8 g CO2e per tonne-km well-to-wheel for deep-sea containers on the Asia-North Europe lane [orb-sus-04].',
        tools: ['web_search', 'retriever'],
        query: 'container shipping CO2 intensity per tonne-km',
        toolFailure: {
          tool: 'web_search',
          errorType: 'HTTPStatusError',
          message: "web_search: Server error '503 Service Unavailable' for url 'https://search-api.internal/v1/search'",
          stackTrace:
            'Traceback (most recent call last):\n  File "/app/research_assistant/tools/web_search.py", line 57, in run\n    response.raise_for_status()\n  File "/app/.venv/lib/python3.12/site-packages/httpx/_models.py", line 763, in raise_for_status\n    raise HTTPStatusError(message, request=request, response=self)\nhttpx.HTTPStatusError: Server error \'503 Service Unavailable\' for url \'https://search-api.internal/v1/search\'',
        },
      },
      {
        question: 'How does that compare with air freight and rail?',
        answer:
          'Container shipping (10-20 g CO2e/tonne-km) is comparable to rail (15-30) and roughly 40-50 times less carbon-intensive than air freight (500-800) [1]. Trucks sit in between at 60-100 g [1].',
        tools: ['web_search'],
        query: 'freight emission factors air rail sea per tonne-km',
        summarize: true,
      },
      {
        question: 'Estimate annual emissions for 12,000 TEU shipped Shanghai to Rotterdam.',
        answer:
          'About 31,500 t CO2e per year via Suez: 12,000 TEU x 10.5 t x 19,500 km x 12.8 g. Routing via the Cape would raise that to roughly 41,600 t [orb-sus-04][orb-sus-07].',
        tools: ['python_exec'],
        code: 'teu, t_per_teu, g = 12_000, 10.5, 12.8\nfor route, km in (("suez", 19_500), ("cape", 25_800)):\n    print(route, round(teu * t_per_teu * km * g / 1e6))',
        stdout: 'suez 31450\ncape 41610\n',
      },
    ],
  },
  {
    userId: 'maya.chen',
    customer: 'Northwind Labs',
    env: 'prod',
    model: 'sonnet',
    host: 'pyProd',
    hoursAgo: 9,
    collection: 'northwind-supplier-audits',
    sources: [
      {
        title: 'Lithium-ion recycling routes compared',
        url: 'https://journal.example.org/recycling/routes-compared',
        snippet:
          'Hydrometallurgy recovers over 95% of lithium, nickel and cobalt; pyrometallurgy recovers nickel and cobalt well but loses most lithium to slag.',
      },
      {
        title: 'Direct recycling moves toward pilots',
        url: 'https://news.example.com/energy/direct-recycling',
        snippet: 'Direct cathode recycling keeps the cathode structure and could cut energy use, but needs well-sorted feedstock of a single chemistry.',
      },
    ],
    docs: [
      {
        id: 'nw-aud-02',
        title: 'Supplier audit: Recycler X',
        source: 'sharepoint://procurement/audits/recycler-x.pdf',
        content: 'Black mass processed by leaching; lithium recovery 92% measured. Wastewater permit renewal pending.',
      },
      {
        id: 'nw-aud-05',
        title: 'Supplier audit: Recycler Y',
        source: 'sharepoint://procurement/audits/recycler-y.pdf',
        content: 'Pyrometallurgical front end followed by leaching of the alloy; lithium recovered only from slag in a pilot line.',
      },
    ],
    turns: [
      {
        question: 'What recycling routes exist for lithium-ion cells and how do their recovery rates compare?',
        answer:
          'Three routes: pyrometallurgy (good nickel and cobalt recovery, most lithium lost to slag), hydrometallurgy (over 95% recovery of lithium, nickel and cobalt) [1], and direct cathode recycling, which preserves the cathode but needs clean single-chemistry feedstock and is still at pilot scale [2].',
        tools: ['web_search'],
        query: 'lithium-ion battery recycling routes recovery rates',
        summarize: true,
      },
      {
        question: 'What do our supplier audit notes say about black-mass processing?',
        answer:
          'I could not reach the audit archive (the retriever timed out), so I cannot quote the supplier notes. Please retry, or check the procurement audit folder directly.',
        tools: ['retriever'],
        query: 'supplier audit black mass processing recovery',
        toolFailure: {
          tool: 'retriever',
          errorType: 'ReadTimeout',
          message: 'retriever: vector store query timed out after 10.0 s (collection northwind-supplier-audits)',
          stackTrace:
            'Traceback (most recent call last):\n  File "/app/research_assistant/tools/retriever.py", line 41, in run\n    hits = self.store.similarity_search_with_score(query, k=self.k)\n  File "/app/.venv/lib/python3.11/site-packages/vector_store/client.py", line 302, in similarity_search_with_score\n    resp = self._http.post("/collections/" + self.collection + "/query", json=body, timeout=10.0)\n  File "/app/.venv/lib/python3.11/site-packages/httpx/_transports/default.py", line 86, in map_httpcore_exceptions\n    raise mapped_exc(message) from exc\nhttpx.ReadTimeout: timed out',
        },
      },
      {
        question: 'Give me a one-paragraph recommendation for our recycling partner shortlist.',
        answer:
          "Prioritise partners running hydrometallurgical processes, since they recover over 95% of lithium as well as nickel and cobalt; consider pyrometallurgical recyclers only where they add lithium recovery from slag, and keep a watching brief on direct recycling pilots for our single-chemistry production scrap. Confirm each partner's measured recovery rates and permits in the audit notes before signing.",
        tools: [],
      },
    ],
  },
  {
    userId: 'rosa.lima',
    customer: 'Helio Energy',
    env: 'prod',
    model: 'gpt4o',
    host: 'nodeProd',
    hoursAgo: 2.5,
    collection: 'helio-project-finance',
    sources: [
      {
        title: 'Cost of grid-scale battery storage',
        url: 'https://data.example.org/storage/lcos',
        snippet: 'Levelised cost of storage for 4-hour lithium-ion systems is commonly estimated at $120-170 per MWh, with turnkey capex near $250 per kWh.',
      },
      {
        title: 'Battery pack prices keep falling',
        url: 'https://news.example.com/energy/battery-prices',
        snippet: 'Average pack prices fell by about a fifth last year as cell manufacturing capacity outpaced demand.',
      },
    ],
    docs: [
      {
        id: 'helio-pf-01',
        title: 'Commercial tariff sheet',
        source: 'gdrive://project-finance/tariffs-2024.pdf',
        content: 'Peak rate $0.21/kWh (4 h/day), off-peak $0.08/kWh. Demand charge $14/kW-month.',
      },
      {
        id: 'helio-pf-04',
        title: 'Storage project assumptions',
        source: 'gdrive://project-finance/storage-assumptions.xlsx',
        content: 'Round-trip efficiency 88%. 330 cycles per year. O&M 2% of capex per year. Demand charge savings 400 kW.',
      },
    ],
    turns: [
      {
        question: "What's the current levelised cost of storage for 4-hour lithium-ion systems?",
        answer:
          'Estimates commonly fall at $120-170 per MWh for 4-hour lithium-ion systems, with turnkey capex around $250 per kWh [1]; pack prices fell about 20% last year, so recent quotes sit at the low end [2].',
        tools: ['web_search'],
        query: 'levelised cost of storage 4-hour lithium-ion',
        summarize: true,
      },
      {
        question: "Using those figures, what's the payback period for a 2 MWh system with our tariff?",
        answer:
          'About 4 years. Capex is $500k at $250/kWh; annual savings are roughly $69k from peak/off-peak arbitrage plus $67k from demand charges, minus $10k O&M, for about $126k net a year [helio-pf-01][helio-pf-04].',
        tools: ['retriever', 'python_exec'],
        query: 'tariff peak off-peak demand charge storage assumptions',
        code: 'capex = 2000 * 250\narb = 2000 * 330 * (0.21 * 0.88 - 0.08)\ndemand = 400 * 14 * 12\nnet = arb + demand - 0.02 * capex\nprint(round(arb), round(demand), round(net), round(capex / net, 1))',
        stdout: '69168 67200 126368 4.0\n',
      },
      {
        question: 'How sensitive is that payback to a 20% drop in battery prices?',
        answer:
          'With capex 20% lower ($400k), payback shortens from about 4.0 years to about 3.1 years: the savings barely depend on capex (only the 2% O&M share does), so payback falls almost in proportion to the price drop.',
        tools: ['python_exec'],
        code: 'for capex in (500_000, 400_000):\n    net = 69168 + 67200 - 0.02 * capex\n    print(capex, round(capex / net, 1))',
        stdout: '500000 4.0\n400000 3.1\n',
      },
    ],
  },
];
