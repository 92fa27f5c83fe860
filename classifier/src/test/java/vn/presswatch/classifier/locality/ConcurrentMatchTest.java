package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One matcher serves several threads: results are the same as on one thread. */
class ConcurrentMatchTest {

    private static final String[] TEXTS = {
        "Phường Đồ Sơn, Hải Phòng đón khách.", "Xã Tân Tiến, tỉnh Hưng Yên.", "Du khách đến đảo Cát Bà.",
        "Chủ tịch Hồ Chí Minh.", "Flights to Ho Chi Minh City.", "Nam Định và Hà Nam.",
    };

    @Test
    void sharedMatcherGivesTheSameResultsOnManyThreads() throws Exception {
        LocalityMatcher matcher = new LocalityMatcher(LocalityMatcher.Settings.defaults());
        List<List<LocalityMatch>> expected = new ArrayList<>();
        for (String text : TEXTS) {
            expected.add(matcher.match("", text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < TEXTS.length; i++) {
                            if (!matcher.match("", TEXTS[i]).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
