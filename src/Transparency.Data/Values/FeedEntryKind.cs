namespace Transparency.Data.Values;

/// <summary>What an updates-feed entry is (<c>feed_entries.kind</c>).</summary>
public enum FeedEntryKind
{
    Event,
    Ruling,
    Correction,
}
