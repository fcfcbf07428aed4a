using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

const string StorageConnectionString =
    "DefaultEndpointsProtocol=https;AccountName=ordersinvoices;AccountKey=c4dVYkzBFg5Z7bl3vhMtZnqRnnGcHVs6c5wzuzfbRWzImR1H5I4ielWOtFt2eJHkQymyO9NuVBxAvg6F5ORP0Q==;EndpointSuffix=core.windows.net";

var container = new BlobContainerClient(StorageConnectionString, "invoices");
await container.CreateIfNotExistsAsync(PublicAccessType.None);

foreach (var file in Directory.EnumerateFiles(args.Length > 0 ? args[0] : "out", "*.pdf"))
{
    var blob = container.GetBlobClient(Path.GetFileName(file));
    await blob.UploadAsync(file, overwrite: true);
    Console.WriteLine($"uploaded {blob.Uri}");
}
