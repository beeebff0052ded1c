package uk.lpip.scenarios.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes a file's bytes as UTF-8, refusing anything else with the byte offset, line and column of the first bad byte. */
public final class Utf8 {
    private Utf8() {
    }

    public static String decode(String source, byte[] bytes) throws YamlReader.YamlException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            int column = 1 + before.codePointCount(0, before.length());
            throw new YamlReader.YamlException(new Location(source, line, column), String.format(Locale.ROOT,
                    "not UTF-8: the byte 0x%02X at byte offset %d (line %d) is not valid UTF-8; save the file as UTF-8",
                    bytes[offset] & 0xFF, offset, line));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
