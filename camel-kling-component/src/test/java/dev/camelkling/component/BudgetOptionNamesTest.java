package dev.camelkling.component;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component's budget and an endpoint's have different option names, since one is shared by every endpoint and
 * the other is each endpoint's own; a bad value is refused under the name the user set.
 */
class BudgetOptionNamesTest {

    private static void start(KlingComponent kling, String uri) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            kling.getConfiguration().setApiKey("key-0123456789abcdef");
            context.addComponent("kling", kling);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to(uri);
                }
            });
            context.start();
            // the endpoint's budget is read when it first sends
            context.createProducerTemplate().sendBody("direct:in", "a lighthouse");
        } finally {
            context.stop();
        }
    }

    @Test
    void aNegativeSharedBudgetIsRefusedAsSharedBudgetUnits() {
        KlingComponent kling = new KlingComponent();
        kling.setSharedBudgetUnits(-1);

        assertThatThrownBy(() -> start(kling, "kling:text2video?dryRun=true")).rootCause()
                .isInstanceOfSatisfying(KlingValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("sharedBudgetUnits"));
    }

    @Test
    void aNegativeEndpointBudgetIsRefusedAsBudgetUnits() {
        assertThatThrownBy(() -> start(new KlingComponent(), "kling:text2video?dryRun=true&budgetUnits=-1"))
                .rootCause().isInstanceOfSatisfying(KlingValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("budgetUnits"));
    }
}
