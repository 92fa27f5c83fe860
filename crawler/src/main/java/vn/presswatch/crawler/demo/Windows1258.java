package vn.presswatch.crawler.demo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/**
 * Encodes Vietnamese text in windows-1258, the old Windows code page for Vietnamese, as legacy sites still serve
 * it. The code page has the vowel letters (ă â ê ô ơ ư đ) and a few toned Latin-1 letters, but most toned vowels
 * ("ệ", "ở") only as base letter plus a combining tone mark; Java's encoder does not decompose, so this does.
 */
final class Windows1258 {

    static final Charset CHARSET = Charset.forName("windows-1258");

    private Windows1258() {
    }

    static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder prepared = new StringBuilder(text.length() + text.length() / 4);
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (encoder.canEncode(ch)) {
                prepared.append(ch);
                return;
            }
            String decomposed = Normalizer.normalize(ch, Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            decomposed.chars().forEach(c -> (isTone((char) c) ? tones : base).append((char) c));
            prepared.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        });
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(prepared));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text cannot be written in windows-1258: " + e.getMessage(), e);
        }
    }

    /** The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
