namespace Siberindo.Hosting;

// What writers tell the rest of the application, through Notifications. A writer names what it changed; the features
// that cache it or work after it subscribe in their own registration, so no writer reaches into another feature.

/// <summary>New articles were stored (committed): the stages that follow the article stream wake, article lists are stale.</summary>
public sealed record ArticlesStored;

/// <summary>Stored articles' text or place changed and their search entries were queued again (a feed's revision, an
/// outlet moved to another province, a body fetched in full text, which also queues a story refresh): search and story
/// assignment wake, article lists are stale.</summary>
public sealed record ArticlesRevised;

/// <summary>What article cards and lists show changed (indexed, pictured, labelled by a fact check): lists are stale.</summary>
public sealed record ArticlesChanged;

/// <summary>One story's page is stale (its articles, assignments or corrections changed).</summary>
public sealed record StoryChanged(long StoryId);

/// <summary>One of the association's records changed (member, verification, board, program...: the audited entity's
/// type); the public statistics count them.</summary>
public sealed record RecordChanged(string Kind);
