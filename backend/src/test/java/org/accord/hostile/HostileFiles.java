package org.accord.hostile;

import org.accord.commenting.template.CommentTemplateWriter;
import org.accord.commenting.template.TemplateHeader;
import org.accord.commenting.template.TemplateRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Malicious files for the importers, generated rather than stored (the big ones are tiny to describe and
 * huge to read). Every one of them must be refused with a clear message and leave nothing behind.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** Files every importer must refuse whatever its format: name → bytes. */
    public static Map<String, byte[]> common() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty file", new byte[0]);
        files.put("PNG renamed", png());
        files.put("invalid UTF-8", invalidUtf8());
        files.put("truncated zip", truncated(templateXlsx()));
        files.put("NUL bytes", new byte[4096]);
        return files;
    }

    public static byte[] png() {
        byte[] b = new byte[512];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    public static byte[] invalidUtf8() {
        return concat("id,title\n1,".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The text as UTF-16 with a byte-order mark, as some spreadsheet programs save "Unicode text". */
    public static byte[] utf16(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    }

    public static byte[] utf8Bom(String text) {
        return concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] truncated(byte[] data) {
        return Arrays.copyOf(data, data.length / 2);
    }

    /** An external entity reading /etc/passwd into the root element. */
    public static byte[] xxe(String root) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<"
                + root + ">&xxe;</" + root + ">").getBytes(StandardCharsets.UTF_8);
    }

    /** Billion laughs: ten levels of ten-fold entity expansion, 3 GB if expanded. */
    public static byte[] billionLaughs(String root) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return sb.append("]>\n<").append(root).append(">&lol10;</").append(root).append(">").toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Elements nested {@code depth} deep. */
    public static byte[] deepXml(String root, int depth) {
        return ("<" + root + ">" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</" + root + ">")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One line of {@code bytes} bytes after a header, no line break: a 50 MB field. */
    public static byte[] hugeLine(String header, int bytes) {
        byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + bytes);
        Arrays.fill(out, head.length, out.length, (byte) 'x');
        return out;
    }

    /** A header and {@code rows} copies of {@code row}. */
    public static byte[] manyRows(String header, String row, int rows) {
        byte[] line = (row + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + line.length * rows);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(line, 0, out, head.length + i * line.length, line.length);
        }
        return out;
    }

    /** JSON arrays nested {@code depth} deep. */
    public static byte[] deepJson(int depth) {
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    /** JSON objects nested {@code depth} deep under a key. */
    public static byte[] deepJsonObject(String key, int depth) {
        return ("{\"" + key + "\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A number of a million digits and one with an exponent no double holds, where a small number is expected. */
    public static byte[] hugeNumbers(String key) {
        return ("{\"" + key + "\": {\"n\": " + "9".repeat(1_000_000) + ", \"e\": 1e999999999}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A real, valid comment template (one row) as the platform exports it. */
    public static byte[] templateXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CommentTemplateWriter().writeXlsx(new TemplateHeader("2026-01-01", "ACC 1", "1"),
                List.of(new TemplateRow("NG", "NG-001", "1", "5.1", "", "te", "Justification", "Change", ""))
                        .iterator(), out);
        return out.toByteArray();
    }

    /** The template with a DOCTYPE declaring an external entity in {@code part} (e.g. {@code xl/workbook.xml}). */
    public static byte[] xlsxWithDoctype(String part, boolean billionLaughs) {
        return rewrite(templateXlsx(), part, xml -> {
            int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            int rootStart = xml.indexOf('<', afterDecl);
            String root = xml.substring(rootStart + 1).split("[\\s>/]", 2)[0];
            String doctype = billionLaughs
                    ? new String(billionLaughs(root), StandardCharsets.UTF_8).split("\n<" + root + ">")[0]
                    .replaceFirst("^<\\?xml[^>]*>\\n", "")
                    : "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
            return xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl);
        });
    }

    /**
     * A zip bomb in the shape of a workbook: the template's parts plus a worksheet of {@code megabytes} MB of
     * blanks, which deflates about a thousandfold.
     */
    public static byte[] xlsxZipBomb(int megabytes) {
        return rewrite(templateXlsx(), "xl/worksheets/sheet1.xml", xml -> xml, "xl/worksheets/sheet1.xml", megabytes);
    }

    private static byte[] rewrite(byte[] zip, String part, java.util.function.UnaryOperator<String> change) {
        return rewrite(zip, part, change, null, 0);
    }

    private static byte[] rewrite(byte[] zip, String part, java.util.function.UnaryOperator<String> change,
                                  String padPart, int padMegabytes) {
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("hostile-", ".zip");
            java.nio.file.Files.write(tmp, zip);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(tmp.toFile());
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                boolean found = false;
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] content;
                    try (var entry = in.getInputStream(e)) {
                        content = entry.readAllBytes();
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(part)) {
                        found = true;
                        String xml = change.apply(new String(content, StandardCharsets.UTF_8));
                        if (e.getName().equals(padPart)) {
                            int at = xml.indexOf("<sheetData>");
                            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                            byte[] blanks = new byte[1024 * 1024];
                            Arrays.fill(blanks, (byte) ' ');
                            for (int i = 0; i < padMegabytes; i++) {
                                out.write(blanks);
                            }
                            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                        } else {
                            out.write(xml.getBytes(StandardCharsets.UTF_8));
                        }
                    } else {
                        out.write(content);
                    }
                    out.closeEntry();
                }
                if (!found) {
                    throw new IllegalArgumentException("no part " + part);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
