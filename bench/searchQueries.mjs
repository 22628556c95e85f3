// The 50 searches the benchmark types: provider names, words from notes (English and Chinese),
// account digits, and queries that match nothing. They fit the journal generateJournal.ts makes.
export const searchQueries = [
  'netflix', 'spotify', 'axis', 'telkomsel', 'disney', 'youtube', 'adobe', 'dropbox', 'notion', 'figma',
  'peloton', 'equinox', 'puregym', 'vodafone', 'orange', 'comcast', 'verizon', 'audible', 'duolingo', 'github',
  'refund', 'hotline', 'passport', 'invoice', 'family', 'bank', 'portal', 'ported', 'chat', 'balance',
  '退款', '工作日', '客服', '身份证', '余额', '账单', '解除绑定', '爱奇艺', '中国移动', '注销入口',
  'zzqx', 'nomatchatall', '不存在的词', 'qwertyuiop', 'xylophone',
  '4821', 'premium', 'plus', '会员', 'netflix refund',
];
