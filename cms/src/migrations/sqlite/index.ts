import * as migration_20261123_005052_initial from './20261123_005052_initial';

export const migrations = [
  {
    up: migration_20261123_005052_initial.up,
    down: migration_20261123_005052_initial.down,
    name: '20261123_005052_initial'
  },
];
