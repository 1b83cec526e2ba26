package id.anjungan.kiosk.browse;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A read-only observable list whose elements are made only when asked for, and kept once made.
 * {@link #show} replaces every element at once with a single "replaced" change whose removed
 * elements are made lazily too: with 50,000 vacancies a keystroke then costs what the screen
 * shows, not what matches (FXCollections' lists copy both the old and the new elements).
 */
final class LazyList<E> extends AbstractList<E> implements ObservableList<E> {
    private final List<ListChangeListener<? super E>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<InvalidationListener> invalidationListeners = new CopyOnWriteArrayList<>();
    private Elements<E> elements = new Elements<>(0, index -> null);

    /** Now holds {@code size} elements, the one at an index made by {@code make} when first asked for. */
    void show(int size, IntFunction<E> make) {
        Elements<E> before = elements;
        elements = new Elements<>(size, make);
        if (before.size() == 0 && size == 0) {
            return;
        }
        invalidationListeners.forEach(listener -> listener.invalidated(this));
        if (!changeListeners.isEmpty()) {
            Replaced change = new Replaced(this, before);
            for (ListChangeListener<? super E> listener : changeListeners) {
                change.reset();
                listener.onChanged(change);
            }
        }
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    /**
     * Looks among the elements made so far only, and makes none: a lookup by element (a selection
     * or focus model looking for its row again) would otherwise make every element up to it.
     */
    @Override
    public int indexOf(Object element) {
        return elements.indexOf(element);
    }

    /** As {@link #indexOf}: among the elements made so far. */
    @Override
    public int lastIndexOf(Object element) {
        return elements.lastIndexOf(element);
    }

    /** As {@link #indexOf}: among the elements made so far. */
    @Override
    public boolean contains(Object element) {
        return elements.indexOf(element) >= 0;
    }

    /** The elements of one {@link #show}, each made on first use. */
    private static final class Elements<E> extends AbstractList<E> {
        private final Object[] made;
        private final IntFunction<E> make;

        Elements(int size, IntFunction<E> make) {
            this.made = new Object[size];
            this.make = make;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            Object element = made[index];
            if (element == null) {
                element = make.apply(index);
                made[index] = element;
            }
            return (E) element;
        }

        @Override
        public int size() {
            return made.length;
        }

        @Override
        public int indexOf(Object element) {
            for (int i = 0; i < made.length; i++) {
                if (made[i] != null && made[i].equals(element)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int lastIndexOf(Object element) {
            for (int i = made.length - 1; i >= 0; i--) {
                if (made[i] != null && made[i].equals(element)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object element) {
            return indexOf(element) >= 0;
        }
    }

    /** Everything replaced: removed are the old elements, added the whole new list. */
    private final class Replaced extends ListChangeListener.Change<E> {
        private final List<E> removed;
        private boolean started;

        Replaced(ObservableList<E> list, List<E> removed) {
            super(list);
            this.removed = removed;
        }

        @Override
        public boolean next() {
            if (started) {
                return false;
            }
            started = true;
            return true;
        }

        @Override
        public void reset() {
            started = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return size();
        }

        @Override
        public List<E> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    @Override
    public void addListener(ListChangeListener<? super E> listener) {
        changeListeners.add(listener);
    }

    @Override
    public void removeListener(ListChangeListener<? super E> listener) {
        changeListeners.remove(listener);
    }

    @Override
    public void addListener(InvalidationListener listener) {
        invalidationListeners.add(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        invalidationListeners.remove(listener);
    }

    @Override
    @SafeVarargs
    public final boolean addAll(E... added) {
        throw new UnsupportedOperationException();
    }

    @Override
    @SafeVarargs
    public final boolean setAll(E... all) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean setAll(Collection<? extends E> all) {
        throw new UnsupportedOperationException();
    }

    @Override
    @SafeVarargs
    public final boolean removeAll(E... removed) {
        throw new UnsupportedOperationException();
    }

    @Override
    @SafeVarargs
    public final boolean retainAll(E... kept) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(int from, int to) {
        throw new UnsupportedOperationException();
    }
}
