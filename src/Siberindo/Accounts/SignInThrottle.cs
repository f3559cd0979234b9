using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Siberindo.Accounts;

/// <summary>Limits of <see cref="SignInThrottle"/> (configuration section <c>Accounts:SignIn</c>).</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Wrong passwords for one email from one address before each further try must wait.</summary>
    public int FreeAttempts { get; set; } = 3;
    /// <summary>The wait doubles with each wrong password past the free ones (1 s, 2 s, 4 s, ...) up to this.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Wrong passwords for one email from all addresses together within <see cref="AccountWindow"/>...</summary>
    public int AccountCap { get; set; } = 30;
    /// <summary>...after which only browsers that signed in to that account before may try it.</summary>
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Slows password guessing without giving anyone a way to lock another person out or to learn which emails have an
/// account. Counts are kept per email as typed, whether or not an account has it, so every answer depends only on what
/// the asker did: (1) per email and client address, an exponential wait after a few wrong passwords; (2) per email from
/// every address, a cap, past which only a browser that has signed in to that account before (a device cookie, see
/// <see cref="DeviceCookie"/>) may still try, so a distributed attack on the national admin's email neither gets through
/// nor keeps the admin out. There is no hard lockout. Per-address request limits (RateLimits.Login) come on top.
/// Held in this process's memory, bounded; with several web nodes each counts its own (behind a proxy that spreads
/// requests, an attacker gains at most the number of nodes as a factor).
/// </summary>
public sealed class SignInThrottle(Microsoft.Extensions.Options.IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int MaxEntries = 100_000;
    private readonly SignInThrottleOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset Last;
        public readonly Queue<DateTimeOffset> Recent = new(); // account entries only: failures within the window
    }

    /// <summary>How long this try must still wait; zero when it may go ahead.</summary>
    public TimeSpan WaitFor(string email, string address, bool knownDevice)
    {
        var now = clock.GetUtcNow();
        if (_failures.TryGetValue(PairKey(email, address), out var pair))
            lock (pair)
            {
                var wait = pair.Last + DelayAfter(pair.Count) - now;
                if (wait > TimeSpan.Zero) return wait;
            }
        if (!knownDevice && _failures.TryGetValue(AccountKey(email), out var account))
            lock (account)
            {
                Expire(account, now);
                if (account.Recent.Count >= _options.AccountCap) return account.Recent.Peek() + _options.AccountWindow - now;
            }
        return TimeSpan.Zero;
    }

    public void Failed(string email, string address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaxEntries) Prune(now);
        var pair = _failures.GetOrAdd(PairKey(email, address), _ => new Failures());
        lock (pair)
        {
            pair.Count++;
            pair.Last = now;
        }
        var account = _failures.GetOrAdd(AccountKey(email), _ => new Failures());
        lock (account)
        {
            Expire(account, now);
            account.Recent.Enqueue(now);
            account.Last = now;
        }
    }

    /// <summary>The right password from this address: its wait is forgotten (the account's cap is not: others' tries count).</summary>
    public void Succeeded(string email, string address) => _failures.TryRemove(PairKey(email, address), out _);

    private TimeSpan DelayAfter(int failures)
    {
        if (failures < _options.FreeAttempts) return TimeSpan.Zero;
        var exponent = Math.Min(failures - _options.FreeAttempts, 30);
        var delay = TimeSpan.FromSeconds(Math.Pow(2, exponent));
        return delay < _options.MaxDelay ? delay : _options.MaxDelay;
    }

    private void Expire(Failures account, DateTimeOffset now)
    {
        while (account.Recent.Count > 0 && account.Recent.Peek() + _options.AccountWindow <= now) account.Recent.Dequeue();
    }

    /// <summary>Forgets entries nobody tried for longer than any wait; if that is not enough, the oldest half.</summary>
    private void Prune(DateTimeOffset now)
    {
        var horizon = _options.MaxDelay > _options.AccountWindow ? _options.MaxDelay : _options.AccountWindow;
        foreach (var (key, entry) in _failures)
            if (entry.Last + horizon < now) _failures.TryRemove(key, out _);
        if (_failures.Count < MaxEntries / 2) return;
        foreach (var (key, _) in _failures.OrderBy(e => e.Value.Last).Take(_failures.Count / 2).ToList()) _failures.TryRemove(key, out _);
    }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
    private static string PairKey(string email, string address) => "p:" + Normalize(email) + "|" + address;
    private static string AccountKey(string email) => "a:" + Normalize(email);
}

/// <summary>
/// The browsers that signed in to an account before: a cookie protected by Data Protection holding hashes of the
/// emails signed in with, so that an account's global cap (<see cref="SignInThrottle"/>) never keeps its own people out.
/// </summary>
public sealed class DeviceCookie(Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection)
{
    public const string Name = "siberindo.perangkat";
    private const int MaxAccounts = 5;
    private readonly Microsoft.AspNetCore.DataProtection.IDataProtector _protector = protection.CreateProtector("Siberindo.SignIn.Device");

    public bool Knows(HttpContext http, string email) => Read(http).Contains(Hash(email));

    public void Remember(HttpContext http, string email)
    {
        var hashes = Read(http).Where(h => h != Hash(email)).Prepend(Hash(email)).Take(MaxAccounts);
        http.Response.Cookies.Append(Name, _protector.Protect(string.Join(',', hashes)), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps,
            Expires = DateTimeOffset.UtcNow.AddDays(90), Path = "/masuk",
        });
    }

    private List<string> Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value)) return [];
        try { return _protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(); }
        catch (CryptographicException) { return []; }
    }

    private static string Hash(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SignInThrottle.Normalize(email))))[..32];
}
