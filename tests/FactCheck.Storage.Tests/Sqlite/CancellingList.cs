using System.Collections;
using FactCheck.Core.Claims;

namespace FactCheck.Storage.Tests.Sqlite;

/// <summary>A list of claims that cancels a token when the store reaches the item at <paramref name="cancelAt"/>.</summary>
internal sealed class CancellingList(IReadOnlyList<Claim> claims, int cancelAt, CancellationTokenSource cancel) : IReadOnlyList<Claim>
{
    public int Count => claims.Count;

    public Claim this[int index] => Reached(index);

    public IEnumerator<Claim> GetEnumerator()
    {
        for (var i = 0; i < claims.Count; i++)
        {
            yield return Reached(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Claim Reached(int index)
    {
        if (index == cancelAt)
        {
            cancel.Cancel();
        }

        return claims[index];
    }
}
