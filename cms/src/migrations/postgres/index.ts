import * as migration_20261123_003515_initial from './20261123_003515_initial';

export const migrations = [
  {
    up: migration_20261123_003515_initial.up,
    down: migration_20261123_003515_initial.down,
    name: '20261123_003515_initial'
  },
];
