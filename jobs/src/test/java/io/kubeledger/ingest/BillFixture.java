package io.kubeledger.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import io.kubeledger.source.SnappyCodecFactory;

/**
 * Writes a Cost Management FOCUS export into a local snapshot as the service lays it out:
 * a folder per run under the export's folder, a manifest and its parts, in CSV, gzipped
 * CSV or Parquet (Snappy or uncompressed), each part with its own header.
 */
public final class BillFixture {

    /**
     * FocusCost 1.0r2's columns a bill row here fills, in the export's order, among
     * others it leaves empty.
     */
    static final List<String> COLUMNS = List.of("BilledCost", "BillingAccountId", "BillingAccountName",
            "BillingCurrency", "ChargeCategory", "ChargeDescription", "ChargePeriodEnd", "ChargePeriodStart",
            "EffectiveCost", "ListCost", "PricingCategory", "ResourceId", "ResourceType", "ServiceName", "SubAccountId",
            "SubAccountName", "Tags", "x_InvoiceId", "x_ResourceGroupName", "x_ResourceType", "x_SkuDetails");

    /**
     * One row of the bill: a resource's cost on a day. {@code resourceType} is the ARM
     * type, which the export writes in {@code x_ResourceType}; its FOCUS
     * {@code ResourceType} has the display name, as Cost Management writes it.
     */
    public record Row(String day, String subscription, String resourceGroup, String resourceId, String resourceType,
            String billedCost, String effectiveCost, String currency) {

        /** A row in US dollars. */
        public Row(String day, String subscription, String resourceGroup, String resourceId, String resourceType,
                String billedCost, String effectiveCost) {
            this(day, subscription, resourceGroup, resourceId, resourceType, billedCost, effectiveCost, "USD");
        }

        /** The same charge, billed in another currency. */
        public Row inCurrency(String other) {
            return new Row(day, subscription, resourceGroup, resourceId, resourceType, billedCost, effectiveCost,
                    other);
        }

        String cell(String column) {
            return switch (column) {
                case "BilledCost" -> billedCost;
                case "BillingAccountId" -> "/providers/Microsoft.Billing/billingAccounts/12345678";
                case "BillingAccountName" -> "Contoso MCA";
                case "BillingCurrency" -> currency;
                case "ChargeCategory" -> "Usage";
                case "ChargeDescription" -> chargeDescription(resourceType.toLowerCase(Locale.ROOT));
                case "ChargePeriodEnd" -> LocalDate.parse(day).plusDays(1) + "T00:00:00Z";
                case "ChargePeriodStart" -> day + "T00:00:00Z";
                case "EffectiveCost" -> effectiveCost;
                case "ListCost" -> committed() ? "0" : billedCost;
                case "PricingCategory" -> committed() ? "Committed" : "Standard";
                case "ServiceName" -> serviceName(resourceType.toLowerCase(Locale.ROOT));
                case "ResourceId" -> resourceId;
                case "ResourceType" -> displayName(resourceType.toLowerCase(Locale.ROOT));
                case "SubAccountId" -> "/subscriptions/" + subscription;
                case "SubAccountName" -> "Platform " + subscription.substring(0, 8);
                case "Tags" -> "{\"env\":\"prod\",\"owner\":\"platform\"}";
                case "x_ResourceGroupName" -> resourceGroup;
                case "x_InvoiceId" -> "G" + day.substring(0, 7).replace("-", "") + "0001";
                case "x_ResourceType" -> resourceType;
                case "x_SkuDetails" -> resourceType.toLowerCase(Locale.ROOT).endsWith("virtualmachinescalesets")
                        ? "{\"VCPUs\":4,\"ServiceType\":\"Standard_D4s_v5\"}" : "";
                default -> "";
            };
        }

        /**
         * The names Cost Management gives the ARM types in FOCUS {@code ResourceType}.
         */
        private static String displayName(String type) {
            return switch (type) {
                case "microsoft.compute/virtualmachinescalesets" -> "Virtual machine scale set";
                case "microsoft.compute/disks" -> "Disk";
                case "microsoft.network/loadbalancers" -> "Load balancer";
                case "microsoft.network/publicipaddresses" -> "Public IP address";
                case "microsoft.containerservice/managedclusters" -> "Kubernetes service";
                case "microsoft.operationalinsights/workspaces" -> "Log Analytics workspace";
                case "microsoft.storage/storageaccounts" -> "Storage account";
                case "microsoft.sql/servers" -> "SQL server";
                default -> type;
            };
        }

        /**
         * Some descriptions run over two lines, which RFC 4180 allows in a quoted field.
         */
        private static String chargeDescription(String type) {
            return type.endsWith("/disks") ? "Premium SSD Managed Disks\nP10 LRS Disk" : "Usage of " + type;
        }

        private static String serviceName(String type) {
            if (type.contains("operationalinsights")) {
                return "Log Analytics";
            }
            if (type.contains("containerservice")) {
                return "Azure Kubernetes Service";
            }
            return type.contains("network") ? "Load Balancer" : type.contains("disks") ? "Storage" : "Virtual Machines";
        }

        /**
         * Usage a reservation or savings plan covers: billed 0, its amortized cost in
         * EffectiveCost.
         */
        private boolean committed() {
            return new BigDecimal(billedCost).signum() == 0 && new BigDecimal(effectiveCost).signum() != 0;
        }
    }

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** Parquet pages written as they are, which the job only reads. */
    private static final CompressionCodecFactory STORED = new CompressionCodecFactory() {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) {
                    return bytes;
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.UNCOMPRESSED;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            return new SnappyCodecFactory().getDecompressor(codec);
        }

        @Override
        public void release() {
        }
    };

    private BillFixture() {
    }

    /**
     * Writes one run of the export of {@code endDate}'s month, {@code parts} lists of
     * rows, in {@code format} ({@code Csv}, {@code CsvGzip}, {@code Parquet} (Snappy) or
     * {@code ParquetUncompressed}); returns the manifest's path.
     */
    public static Path run(Path exportFolder, String runId, Instant submitted, String endDate, String format,
            List<List<Row>> parts) throws IOException {
        YearMonth month = YearMonth.from(LocalDate.parse(endDate));
        String runFolder = month.atDay(1).format(BASIC) + "-" + month.atEndOfMonth().format(BASIC) + "/"
                + submitted.toString().replaceAll("[^0-9]", "").substring(0, 12) + "/" + runId;
        Path folder = exportFolder.resolve(runFolder);
        Files.createDirectories(folder);
        Path container = containerOf(exportFolder);
        List<String> blobs = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < parts.size(); i++) {
            String extension = switch (format) {
                case "Parquet" -> ".snappy.parquet";
                case "ParquetUncompressed" -> ".parquet";
                case "CsvGzip" -> ".csv.gz";
                default -> ".csv";
            };
            Path part = folder.resolve("part_" + i + "_0001" + extension);
            switch (format) {
                case "Parquet" -> parquet(part, parts.get(i), CompressionCodecName.SNAPPY);
                case "ParquetUncompressed" -> parquet(part, parts.get(i), CompressionCodecName.UNCOMPRESSED);
                case "CsvGzip" -> {
                    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
                        out.write(csv(parts.get(i)).getBytes(StandardCharsets.UTF_8));
                    }
                }
                default -> Files.writeString(part, csv(parts.get(i)));
            }
            bytes += Files.size(part);
            blobs.add("{\"blobName\":\"" + container.relativize(part) + "\",\"byteCount\":" + Files.size(part)
                    + ",\"dataRowCount\":" + parts.get(i).size() + "}");
        }
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest,
                """
                        {"manifestVersion":"2024-04-01","byteCount":%d,"blobCount":%d,"dataRowCount":%d,
                         "exportConfig":{"exportName":"kubeledger-focus","dataVersion":"1.0r2","apiVersion":"2023-07-01-preview",
                                         "type":"FocusCost","timeFrame":"MonthToDate","granularity":"Daily"},
                         "deliveryConfig":{"partitionData":true,"dataOverwriteBehavior":"CreateNewReport","fileFormat":"%s",
                                           "compressionMode":"%s"},
                         "runInfo":{"executionType":"Scheduled","submittedTime":"%s","runId":"%s",
                                    "startDate":"%sT00:00:00","endDate":"%sT00:00:00"},
                         "blobs":[%s]}
                        """
                    .formatted(bytes, parts.size(), parts.stream().mapToInt(List::size).sum(),
                            format.startsWith("Parquet") ? "Parquet" : "Csv",
                            format.equals("Csv") || format.endsWith("Uncompressed") ? "None"
                                    : format.equals("CsvGzip") ? "Gzip" : "Snappy",
                            submitted, runId, month.atDay(1), endDate, String.join(",", blobs)));
        return manifest;
    }

    /**
     * The container folder of the snapshot an export folder is in:
     * {@code blob/<account>/<container>}.
     */
    private static Path containerOf(Path exportFolder) {
        Path folder = exportFolder;
        while (!folder.getParent().getParent().getFileName().toString().equals("blob")) {
            folder = folder.getParent();
        }
        return folder;
    }

    public static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Row row : rows) {
            csv.append(String.join(",",
                    COLUMNS.stream()
                        .map(row::cell)
                        .map(cell -> cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
                        .toList()))
                .append('\n');
        }
        return csv.toString();
    }

    /**
     * As the service writes Parquet: amounts DECIMAL(38, 18), the charge period a UTC
     * timestamp, texts UTF-8.
     */
    private static void parquet(Path file, List<Row> rows, CompressionCodecName codec) throws IOException {
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (String column : COLUMNS) {
            if (column.endsWith("Cost")) {
                schema.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)
                    .length(16)
                    .as(LogicalTypeAnnotation.decimalType(18, 38))
                    .named(column);
            }
            else if (column.startsWith("ChargePeriod")) {
                schema.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS))
                    .named(column);
            }
            else {
                schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
            }
        }
        MessageType type = schema.named("schema");
        SimpleGroupFactory groups = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withType(type)
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(codec == CompressionCodecName.UNCOMPRESSED ? STORED : new SnappyCodecFactory())
            .withCompressionCodec(codec)
            .build()) {
            for (Row row : rows) {
                Group group = groups.newGroup();
                for (String column : COLUMNS) {
                    String cell = row.cell(column);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (column.endsWith("Cost")) {
                        group.append(column, decimal(new BigDecimal(cell)));
                    }
                    else if (column.startsWith("ChargePeriod")) {
                        group.append(column, Instant.parse(cell).toEpochMilli());
                    }
                    else {
                        group.append(column, cell);
                    }
                }
                writer.write(group);
            }
        }
    }

    private static Binary decimal(BigDecimal amount) {
        byte[] unscaled = amount.setScale(18, RoundingMode.UNNECESSARY).unscaledValue().toByteArray();
        byte[] fixed = new byte[16];
        byte sign = (byte) (amount.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < 16 - unscaled.length; i++) {
            fixed[i] = sign;
        }
        System.arraycopy(unscaled, 0, fixed, 16 - unscaled.length, unscaled.length);
        return Binary.fromConstantByteArray(fixed);
    }

}
