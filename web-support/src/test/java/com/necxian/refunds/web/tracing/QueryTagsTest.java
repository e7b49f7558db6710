package com.necxian.refunds.web.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.ttddyy.observation.tracing.QueryContext;
import net.ttddyy.observation.tracing.QueryObservationConvention;

/** The query span's attributes are datasource-micrometer's own, for one statement or a batch of many. */
class QueryTagsTest {

    private static final QueryObservationConvention LIBRARY_DEFAULT = new QueryObservationConvention() {
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 12})
    void sameAttributesAsTheLibrarysConvention(int statements) {
        QueryContext context = new QueryContext();
        IntStream.range(0, statements).forEach(i -> context.getQueries().add("update outbox set sent_at = ? -- " + i));
        context.setAffectedRowCount(statements == 0 ? null : "[" + statements + "]");

        assertThat(new QueryTags().getHighCardinalityKeyValues(context))
                .containsExactlyInAnyOrderElementsOf(LIBRARY_DEFAULT.getHighCardinalityKeyValues(context));
    }
}
