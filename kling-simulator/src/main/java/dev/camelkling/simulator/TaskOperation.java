package dev.camelkling.simulator;

import java.util.function.BiPredicate;

/**
 * One asynchronous product of the legacy API: created by {@code POST path}, queried by {@code GET path/{id}} (task
 * id or external id), {@code GET path?external_task_id=} and listed by {@code GET path?pageNum&pageSize}.
 *
 * @param name        the operation name stored on its tasks ({@link SimulatedTaskView#operation()})
 * @param path        the create path
 * @param validator   its create rules
 * @param maxPageSize largest {@code pageSize} of its list (500; custom voices 1000)
 * @param visible     whether a task of the account is still visible (deleted voices / elements are not)
 */
record TaskOperation(String name, String path, OperationValidator validator, int maxPageSize,
        BiPredicate<String, SimulatedTask> visible) {

    TaskOperation(String name, String path, OperationValidator validator) {
        this(name, path, validator, 500, (account, task) -> true);
    }
}
