/**
 * Word lists for the lexical comparison of memory entries. Small on purpose: they cover how notes
 * about one person's infrastructure and habits are reworded, not English at large.
 */

/** Words that carry no subject: dropped before comparing. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if then than so of in on at to for from by with without into onto over under ' +
    'is are was were be been being am do does did done has have had having it its this that these those ' +
    'there here which who whom whose what when where why how all any each every some no not nor only ' +
    'very also just too again ever always never still yet should would could can will shall may might must ' +
    'i me my we our us you your he him his she her they them their about as up down out off via per ' +
    'please really actually usually generally basically'
  ).split(' '),
);

/**
 * Synonyms folded onto one word before stemming ("repo" and "repository" are the same word to the
 * comparison). Each group's first word is the one kept.
 */
const SYNONYM_GROUPS = [
  'postgres postgresql pg psql',
  'database db databases dbs',
  'repository repo repos repositories',
  'directory dir dirs folder folders directories',
  'config configuration configs settings setting cfg conf',
  'kubernetes k8s kube',
  'javascript js',
  'typescript ts',
  'prefer prefers preferred preference preferences favour favor favours favors likes like want wants',
  'use uses used using utilise utilize employ employs',
  'run runs running ran listen listens listening serve serves served serving host hosted hosts',
  'doc docs documentation document documents',
  'test tests testing tested spec specs',
  'deploy deploys deployed deploying deployment deployments ship ships shipped',
  'email emails mail e-mail',
  'production prod',
  'development dev',
  'environment env environments',
  'password passwords pw passwd',
  'start starts started begin begins',
  'stop stops stopped halt',
  'fix fixes fixed repair repaired',
  'big large huge',
  'small little tiny',
  'quick fast speedy',
  'show shows display displays',
  'night nightly overnight',
  'daily everyday',
  'weekly week',
  'owner user',
  'require requires required need needs needed must',
  'machine server box host',
  'message messages msg',
  'editor editors ide',
];

export const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const [head, ...rest] = group.split(' ') as [string, ...string[]];
  for (const word of rest) SYNONYMS.set(word, head);
}

/**
 * Words that name an attribute or a change rather than the subject ("port", "moved to", "now"): two
 * notes about one thing disagreeing on a value share the subject but not these.
 */
export const ATTRIBUTE_WORDS = new Set(
  (
    'port ports path paths version versions date dates name names named call called host hostname address ' +
    'url urls number id default set value located location live lives living locate move moved moving ' +
    'change changed changes switch switched now new old update updated instead anymore longer currently ' +
    'today run use directory file files due expire expires expiry renew renewal release released ip go goes went ' +
    'start starts begin begins finish finishes end ends send sent sends deliver delivered point points pointed upgrade upgraded downgrade downgraded migrate migrated'
  ).split(' '),
);

const GROUP_OF = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const words = group.split(' ');
  for (const word of words) GROUP_OF.set(word, words);
}
/** The word and the words the comparison folds it with ("repo": repository, repos, ...). */
export const synonymsOf = (word: string): readonly string[] => GROUP_OF.get(word) ?? [word];
