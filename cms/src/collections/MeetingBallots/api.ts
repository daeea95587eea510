/** What the meeting functions use of ballots (`@sotay/cms/meeting-ballots`). */
export { type Ballot, type BallotOutcome, ballotKey, castBallot } from './castBallot.ts'
