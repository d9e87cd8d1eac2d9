package io.jfvm.gas.price;

import java.util.List;

/**
 * A step function: the cost of the last step whose start is at or below {@code x}, or 0 when there is none.
 *
 * @param steps steps in increasing start order
 */
public record StepCost(List<Step> steps) {
    /** One step: from {@code start} on, the cost is {@code costMilligas}. */
    public record Step(long start, long costMilligas) {}

    public StepCost {
        steps = List.copyOf(steps);
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).start() <= steps.get(i - 1).start()) {
                throw new IllegalArgumentException("steps must be in increasing start order: " + steps);
            }
        }
    }

    public long lookup(long x) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).start() <= x) {
                return steps.get(i).costMilligas();
            }
        }
        return 0;
    }
}
