namespace Siberindo.Tests.Infrastructure;

/// <summary>
/// The system clock moved by an offset the test sets: the app's "now" jumps across an embargo while timers and delays
/// keep running in real time, so background stages never stall waiting for a fake clock to be advanced.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    public static Action<WebApplicationBuilder> Into(ShiftedClock clock) => builder => builder.Services.AddSingleton<TimeProvider>(clock);
}
