package vn.presswatch.store.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Fixtures;

/** A second process for {@link LuceneStoreProcessesTest}: opens the store, writes, says READY, holds it until stdin closes. */
public final class StoreHolderProcess {
    private StoreHolderProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(Path.of(args[0])))) {
            store.upsert(List.of(Fixtures.HP_EXACT, Fixtures.ISLAND));
            System.out.println("READY");
            System.out.flush();
            System.in.readAllBytes();
        }
        System.out.write("CLOSED\n".getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
