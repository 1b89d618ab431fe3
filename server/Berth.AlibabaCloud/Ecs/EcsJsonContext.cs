using System.Text.Json.Serialization;

namespace Berth.AlibabaCloud.Ecs;

/// <summary>Source-generated JSON for the few values ECS takes as JSON text (trim- and AOT-safe).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class EcsJsonContext : JsonSerializerContext;
