import * as migration_20261123_013133_initial from './20261123_013133_initial';

export const migrations = [
  {
    up: migration_20261123_013133_initial.up,
    down: migration_20261123_013133_initial.down,
    name: '20261123_013133_initial'
  },
];
