package claimline.geo;

import java.util.Arrays;

/**
 * Douglas–Peucker simplification of a line given as x0, y0, x1, y1, ...: the points that no part of the line
 * strays from by more than a tolerance are dropped, the ends always kept. The map simplifies its coasts once per
 * zoom level with a tolerance under a pixel at that level, so a frame draws the points it can show and no more.
 */
public final class Simplify {
    private Simplify() {}

    /** The line with only the points needed to stay within {@code tolerance} of it (a new array; ends kept). */
    public static float[] douglasPeucker(float[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 2) {
            return xy.clone();
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        double tol2 = tolerance * tolerance;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            int farthest = -1;
            double most = tol2;
            for (int i = first + 1; i < last; i++) {
                double d = distance2(xy, i, first, last);
                if (d > most) {
                    most = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                stack[top++] = first;
                stack[top++] = farthest;
                stack[top++] = farthest;
                stack[top++] = last;
            }
        }
        float[] out = new float[xy.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[k++] = xy[2 * i];
                out[k++] = xy[2 * i + 1];
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * The squared distance from point i to the segment from point a to point b (to the point a itself when a and b
     * coincide, as the two ends of a closed ring do).
     */
    static double distance2(float[] xy, int i, int a, int b) {
        double px = xy[2 * i];
        double py = xy[2 * i + 1];
        double ax = xy[2 * a];
        double ay = xy[2 * a + 1];
        double dx = xy[2 * b] - ax;
        double dy = xy[2 * b + 1] - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }
}
