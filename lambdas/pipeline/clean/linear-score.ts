/** The arithmetic of the learned decisions (line classifier and span decision), a leaf both import. */

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The weights (from `offset`) times the features. */
export function dot(weights: readonly number[], x: ArrayLike<number>, offset = 0): number {
  let z = 0;
  for (let j = 0; j < x.length; j++) z += weights[j + offset]! * x[j]!;
  return z;
}
