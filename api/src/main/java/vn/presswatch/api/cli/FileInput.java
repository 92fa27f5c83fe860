package vn.presswatch.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a file named on the command line, with a size limit and failures a person can act on. */
final class FileInput {

    private FileInput() {
    }

    /**
     * @param maxBytes the largest file accepted; only this much (plus one byte) is ever read
     * @throws UnusableFileException when the file is missing, a directory, unreadable or larger than {@code maxBytes}
     */
    static byte[] read(String file, int maxBytes) throws UnusableFileException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UnusableFileException("Tên tệp không hợp lệ", "invalid file name: " + e.getReason(), e);
        }
        if (Files.isDirectory(path)) {
            throw new UnusableFileException("Đây là thư mục, không phải tệp", "this is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new UnusableFileException(
                        String.format(Locale.ROOT, "Tệp quá lớn (giới hạn %d MiB)", maxBytes / (1024 * 1024)),
                        String.format(Locale.ROOT, "the file is too large: more than %d bytes", maxBytes));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnusableFileException("Không tìm thấy tệp", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnusableFileException("Không có quyền đọc tệp", "permission denied", e);
        } catch (IOException e) {
            throw new UnusableFileException("Không đọc được tệp", "cannot read the file: " + e.getMessage(), e);
        }
    }
}
