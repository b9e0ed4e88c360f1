using FactCheck.Core.Feeds;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Feeds;

/// <summary>Stops the host at start with one line naming the first bad `Feeds:*` setting.</summary>
internal sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options) =>
        options.FirstProblem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
