package claimline.corpus;

import java.util.Locale;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a file into the document text: UTF-8 unless a byte-order mark says otherwise, a BOM removed,
 * line endings kept. Binary content is refused; undecodable UTF-8 falls back to a detected charset.
 */
public final class TextDecoder {
    private static final List<byte[]> MAGIC = List.of(
            new byte[] {(byte) 0x89, 'P', 'N', 'G'}, new byte[] {'%', 'P', 'D', 'F'}, new byte[] {'P', 'K', 3, 4},
            new byte[] {'G', 'I', 'F', '8'}, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {0x7F, 'E', 'L', 'F'}, new byte[] {0x1F, (byte) 0x8B}, new byte[] {'B', 'M'},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, new byte[] {'R', 'I', 'F', 'F'});

    private TextDecoder() {}

    public static DecodedText decode(String path, byte[] bytes) {
        if (bytes.length == 0) {
            return new DecodedText(null, new Problem(path, ProblemKind.EMPTY, "the file is empty"));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8OrFallback(path, bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(path, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(path, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return checked(path, new String(bytes, utf16));
        }
        for (byte[] magic : MAGIC) {
            if (startsWith(bytes, magic)) {
                return new DecodedText(null, new Problem(path, ProblemKind.BINARY,
                        "binary content (file signature " + hex(magic) + "), not an article"));
            }
        }
        int nuls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nuls++;
            }
        }
        if (nuls > 0) {
            return new DecodedText(null, new Problem(path, ProblemKind.BINARY,
                    "binary content (" + nuls + " NUL bytes), not an article"));
        }
        return utf8OrFallback(path, bytes, 0);
    }

    private static DecodedText checked(String path, String text) {
        if (text.isBlank()) {
            return new DecodedText(null, new Problem(path, ProblemKind.EMPTY, "the file holds no text"));
        }
        return new DecodedText(text, null);
    }

    private static DecodedText utf8OrFallback(String path, byte[] bytes, int offset) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return checked(path, text);
        } catch (CharacterCodingException e) {
            Charset guess = detect(bytes);
            String text = new String(bytes, offset, bytes.length - offset, guess);
            if (text.isBlank()) {
                return new DecodedText(null, new Problem(path, ProblemKind.EMPTY, "the file holds no text"));
            }
            return new DecodedText(text, new Problem(path, ProblemKind.ENCODING,
                    "not valid UTF-8; read as " + guess.name()));
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            if (name != null && !name.equalsIgnoreCase("UTF-8")) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException unsupported) {
            // an exotic name the JDK lacks: fall through to the web's default
        }
        return Charset.forName("windows-1252");
    }

    /** UTF-16 text without a BOM shows NUL in every other byte of its ASCII characters. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format(Locale.ROOT, "%02X", x & 0xFF));
        }
        return sb.toString();
    }
}
