package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;

/**
 * Content files must be UTF-8 (a byte-order mark and Windows line ends are fine): a file saved as
 * Latin-1 or Windows-1252 would show garbled accents on the site.
 */
public final class EncodingRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            if (!file.validUtf8()) {
                report.accept(Diagnostic.error(file.displayPath(), firstBadLine(file),
                        "le fichier n'est pas enregistré en UTF-8 (caractère illisible sur cette ligne, souvent une lettre accentuée) ; "
                                + "enregistrez-le avec l'encodage UTF-8 dans votre éditeur, puis vérifiez les accents"));
            }
        }
    }

    /** Re-reads only the files already known to be wrong, to point at the line of the first bad byte. */
    private static int firstBadLine(ContentFile file) {
        try {
            return lineOfFirstMalformedByte(Files.readAllBytes(file.path()));
        } catch (IOException e) {
            return 1;
        }
    }

    static int lineOfFirstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        int bad = result.isError() ? in.position() : bytes.length;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
