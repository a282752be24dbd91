package org.onus.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class FeedFetcherTest {

    static FeedFetcher fetcher(List<String> hosts, boolean http, boolean privateAddresses) {
        return new FeedFetcher(new FeedSettings.FetchLimits(hosts, http, privateAddresses, 1000, 2));
    }

    @Test
    void with_no_allowed_hosts_url_import_is_off() {
        assertThatThrownBy(() -> fetcher(List.of(), false, false).check("https://feeds.example.org/f", "documentUrl"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ONUS_FEED_IMPORT_ALLOWED_HOSTS");
    }

    @Test
    void only_https_to_an_allowed_host_without_user_info_passes() {
        FeedFetcher f = fetcher(List.of("127.0.0.1", "localhost"), false, true);
        assertThat(f.check("https://127.0.0.1/feed", "documentUrl").getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> f.check("http://127.0.0.1/feed", "documentUrl"))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> f.check("file:///etc/passwd", "documentUrl")).hasMessageContaining("https");
        assertThatThrownBy(() -> f.check("https://user:pw@127.0.0.1/feed", "documentUrl"))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> f.check("https://evil.example/feed", "documentUrl"))
                .hasMessageContaining("not on the list");
    }

    @Test
    void internal_addresses_are_refused_even_when_listed_unless_allowed() {
        FeedFetcher f = fetcher(List.of("127.0.0.1", "169.254.169.254", "10.0.0.1"), true, false);
        for (String url : List.of("http://127.0.0.1/", "http://169.254.169.254/latest", "http://10.0.0.1/")) {
            assertThatThrownBy(() -> f.check(url, "documentUrl")).as(url).hasMessageContaining("internal address");
        }
    }
}
