/// Marks a stage type whose layers come from its options rather than from its type (the `external` stage).
///
/// When such a stage's options cannot be read, the pipeline loader cannot know what it produces, and stops checking
/// the layers of the stages after it rather than report layers as missing that the stage may well produce.
protocol LayersFromOptions {}
