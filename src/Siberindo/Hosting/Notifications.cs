namespace Siberindo.Hosting;

/// <summary>
/// In-process notifications from writers to the features that follow their changes (the records in Changes.cs).
/// Subscribers are singletons, resolved when a notification is published rather than when this is built: a stage that
/// publishes may subscribe too, and a subscriber never depends on the writers it listens to.
/// </summary>
public sealed class Notifications(IServiceProvider services, IEnumerable<Subscription> subscriptions)
{
    readonly ILookup<Type, Subscription> _subscriptions = subscriptions.ToLookup(s => s.Notification);

    /// <summary>For writers on a synchronous path (a change recorded before its SaveChanges); every subscriber of this
    /// notification must be synchronous (<see cref="NotificationRegistration.Subscribe{TNotification, TSubscriber}(IServiceCollection, Action{TSubscriber, TNotification})"/>).</summary>
    public void Publish<TNotification>(TNotification notification) where TNotification : notnull
    {
        foreach (var subscription in _subscriptions[typeof(TNotification)])
        {
            var handled = subscription.Handle(services, notification, CancellationToken.None);
            if (!handled.IsCompleted)
                throw new InvalidOperationException($"{typeof(TNotification).Name} has an asynchronous subscriber: publish it with PublishAsync.");
            handled.GetAwaiter().GetResult();
        }
    }

    public async ValueTask PublishAsync<TNotification>(TNotification notification, CancellationToken ct = default) where TNotification : notnull
    {
        foreach (var subscription in _subscriptions[typeof(TNotification)]) await subscription.Handle(services, notification, ct);
    }
}

/// <summary>One subscriber of one notification type, as a feature's registration added it.</summary>
public sealed record Subscription(Type Notification, Func<IServiceProvider, object, CancellationToken, ValueTask> Handle);

public static class NotificationRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) => services.AddSingleton<Notifications>();

    /// <summary>Calls <paramref name="handle"/> on the singleton <typeparamref name="TSubscriber"/> for each <typeparamref name="TNotification"/>.</summary>
    public static IServiceCollection Subscribe<TNotification, TSubscriber>(this IServiceCollection services, Action<TSubscriber, TNotification> handle)
        where TSubscriber : notnull =>
        services.AddSingleton(new Subscription(typeof(TNotification), (sp, notification, _) =>
        {
            handle(sp.GetRequiredService<TSubscriber>(), (TNotification)notification);
            return ValueTask.CompletedTask;
        }));

    /// <summary>An asynchronous subscriber (a cache eviction that goes to Redis); publish its notification with
    /// <see cref="Notifications.PublishAsync{TNotification}"/>.</summary>
    public static IServiceCollection SubscribeAsync<TNotification, TSubscriber>(this IServiceCollection services,
        Func<TSubscriber, TNotification, CancellationToken, ValueTask> handle) where TSubscriber : notnull =>
        services.AddSingleton(new Subscription(typeof(TNotification), (sp, notification, ct) =>
            handle(sp.GetRequiredService<TSubscriber>(), (TNotification)notification, ct)));
}
