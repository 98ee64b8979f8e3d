/**
 * Labelled questions and what should answer them: the command the question is routed to
 * and the title of the first result, or null when nothing in the résumé fits.
 */
export interface Labelled {
  ask: string;
  command: string;
  first: string | null;
}

const PICPAY = 'VP, Platform Engineering at PicPay';
const SNOWFLAKE = 'Performance Architect at Snowflake';
const NETFLIX = 'Performance Architect at Netflix';
const EXPEDIA = 'Performance Engineer at Expedia';
const DELL = 'Performance Engineer at Dell';
const CS = 'B.Sc. Computer Science at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';
const PM = 'Project Management at Pontifícia Universidade Católica do Rio Grande do Sul (PUCRS)';

export const LABELLED: readonly Labelled[] = [
  // Slash commands: exact, typos, case, spacing
  { ask: '/experience netflix', command: 'experience', first: NETFLIX },
  { ask: '/experience netflx', command: 'experience', first: NETFLIX },
  { ask: '/experience NETFLIX', command: 'experience', first: NETFLIX },
  { ask: '/experience  Snowflake ', command: 'experience', first: SNOWFLAKE },
  { ask: '/experience pic pay', command: 'experience', first: PICPAY },
  { ask: '/experience expedia', command: 'experience', first: EXPEDIA },
  { ask: '/experience del', command: 'experience', first: DELL },
  { ask: '/skills kubernets', command: 'skills', first: 'Kubernetes' },
  { ask: '/skills kubernetes', command: 'skills', first: 'Kubernetes' },
  { ask: '/projects flame scope', command: 'projects', first: 'FlameScope' },
  { ask: '/projects flamescope', command: 'projects', first: 'FlameScope' },
  { ask: '/projects icarus', command: 'projects', first: 'Icarus' },
  { ask: '/projects vectr', command: 'projects', first: 'Vector' },
  { ask: '/projects flamecomander', command: 'projects', first: 'FlameCommander' },
  // Aliases and abbreviations (data/aliases.json)
  { ask: '/skills k8s', command: 'skills', first: 'Kubernetes' },
  { ask: '/skills aws', command: 'skills', first: 'AWS' },
  { ask: '/skills sre', command: 'skills', first: 'Reliability Engineering' },
  { ask: '/skills dx', command: 'skills', first: 'Developer Experience' },
  { ask: '/skills o11y', command: 'skills', first: 'Observability' },
  { ask: '/skills viz', command: 'skills', first: 'Data Visualization' },
  { ask: '/experience vp', command: 'experience', first: PICPAY },
  { ask: '/experience perf', command: 'experience', first: SNOWFLAKE },
  { ask: '/education cs', command: 'education', first: CS },
  // Found by what an entry contains
  { ask: '/experience flamescope', command: 'experience', first: NETFLIX },
  { ask: '/experience los gatos', command: 'experience', first: NETFLIX },
  { ask: '/experience finops', command: 'experience', first: PICPAY },
  { ask: '/experience san mateo', command: 'experience', first: SNOWFLAKE },
  { ask: '/experience porto alegre', command: 'experience', first: DELL },
  { ask: '/experience change data capture', command: 'experience', first: PICPAY },
  { ask: '/projects zipkin', command: 'projects', first: 'End-to-End Tracing Framework' },
  { ask: '/projects heatmaps', command: 'projects', first: 'd3-heatmap2' },
  // Time
  { ask: '/experience 2015', command: 'experience', first: NETFLIX },
  { ask: '/experience 2008', command: 'experience', first: DELL },
  { ask: '/experience current', command: 'experience', first: PICPAY },
  { ask: '/experience now', command: 'experience', first: PICPAY },
  { ask: '/experience latest', command: 'experience', first: PICPAY },
  { ask: '/experience 1999', command: 'experience', first: null },
  // Skill with evidence
  { ask: '/skills kafka', command: 'skills', first: 'Kafka' },
  { ask: '/skills observability', command: 'skills', first: 'Observability' },
  // No confident wrong answers
  { ask: '/experience google', command: 'experience', first: null },
  { ask: '/experience microsoft', command: 'experience', first: null },
  { ask: '/skills cobol', command: 'skills', first: null },
  { ask: '/skills rust', command: 'skills', first: null },
  { ask: '/projects tensorflow', command: 'projects', first: null },
  { ask: '/education harvard', command: 'education', first: null },
  // Free text
  { ask: 'what did he do at netflix?', command: 'experience', first: NETFLIX },
  { ask: 'does he know k8s?', command: 'skills', first: 'Kubernetes' },
  { ask: 'where did he study?', command: 'education', first: PM },
  { ask: 'how can I contact him?', command: 'contact', first: 'Martin Spier' },
  { ask: 'who is martin spier', command: 'about', first: 'Martin Spier' },
  { ask: 'where was he working in 2015?', command: 'experience', first: NETFLIX },
  { ask: 'What is he doing now?', command: 'experience', first: PICPAY },
  { ask: 'where does he work?', command: 'experience', first: PICPAY },
  { ask: 'tell me about flamescope', command: 'projects', first: 'FlameScope' },
  { ask: 'did he work at google?', command: 'experience', first: null },
  { ask: "what's his email", command: 'contact', first: 'Martin Spier' },
  { ask: 'kubernetes', command: 'skills', first: 'Kubernetes' },
  { ask: 'what did he do before netflix?', command: 'experience', first: EXPEDIA },
  { ask: 'where did he work after expedia', command: 'experience', first: NETFLIX },
  { ask: 'has he used kafka', command: 'skills', first: 'Kafka' },
  { ask: 'does he have developer experience', command: 'skills', first: 'Developer Experience' },
  { ask: 'what is the netflix user performance score', command: 'projects', first: 'Netflix User Performance Score' },
  { ask: 'what was his role at snowflake', command: 'experience', first: SNOWFLAKE },
  { ask: 'did he work in brazil', command: 'experience', first: DELL },
  { ask: 'what degree does he have', command: 'education', first: PM },
  { ask: 'does he know java?', command: 'skills', first: null },
  { ask: 'what company is he at', command: 'experience', first: PICPAY },
  { ask: 'how long was he at expedia', command: 'experience', first: EXPEDIA },
  { ask: 'what is icarus', command: 'projects', first: 'Icarus' },
  { ask: 'does he know flamescope?', command: 'projects', first: 'FlameScope' },
  { ask: 'help', command: 'help', first: null },
  { ask: '/resume what did he achieve at picpay', command: 'experience', first: PICPAY },
  { ask: '/resume where did he get his computer science degree', command: 'education', first: CS },
];
