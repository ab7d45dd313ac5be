package dev.camelkling.tasks.store;

class MemoryTaskStoreTest extends TaskStoreContract {

    @Override
    protected TaskStore createStore() {
        return new MemoryTaskStore();
    }
}
