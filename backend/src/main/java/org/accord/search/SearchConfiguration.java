package org.accord.search;

import org.accord.search.elasticsearch.ElasticsearchSearchIndex;
import org.accord.search.lucene.LuceneSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.nio.file.Path;

/**
 * Chooses the index: embedded Lucene under {@code accord.data-dir}/index by default, Elasticsearch when
 * {@code accord.search.engine=elasticsearch} (URL, credentials, index prefix).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${accord.search.engine:lucene}") String engine,
                            @Value("${accord.data-dir:./data}") Path dataDir,
                            @Value("${accord.search.elasticsearch.url:http://localhost:9200}") String url,
                            @Value("${accord.search.elasticsearch.username:}") String username,
                            @Value("${accord.search.elasticsearch.password:}") String password,
                            @Value("${accord.search.elasticsearch.index-prefix:accord-}") String prefix) {
        if (engine.equalsIgnoreCase("elasticsearch")) {
            return new ElasticsearchSearchIndex(url, username.isBlank() ? null : username, password.isBlank() ? null : password, prefix);
        }
        if (!engine.equalsIgnoreCase("lucene")) {
            throw new IllegalStateException("accord.search.engine must be lucene or elasticsearch, not " + engine);
        }
        return new LuceneSearchIndex(dataDir.resolve("index").toAbsolutePath());
    }
}
