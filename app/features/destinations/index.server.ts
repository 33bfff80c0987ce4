// What other features may use of destinations (毕业去向): the one audited writer.
export { recordDestinations, snapshotOf, type DestinationActor, type DestinationEntry, type RecordOutcome } from "./record.server";
