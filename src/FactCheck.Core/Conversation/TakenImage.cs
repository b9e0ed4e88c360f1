using FactCheck.Core.Storage;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Conversation;

/// <summary>An offered image taken out for a submission: the image and the text its answer offered, or the text alone
/// when the image could not be had again (the platform no longer serves it, or serves other bytes); and the offer it
/// came from, to put back should the submission fail.</summary>
public sealed record TakenImage(TipImage? Image, string TipText, PendingImage Offer);
