import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keys } from '../data/projects-queries';
import { problemText } from './problem-text';

/**
 * A change to the projects service: every projects query reloads after it (a stage's board, progress
 * and summary all follow from one change); `failure` is the refusal in the user's words.
 */
export function useProjectsMutation<V, R>(send: (variables: V) => Promise<R>, onDone?: (result: R) => void) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: keys.all });
      onDone?.(result);
    },
  });
  return { ...mutation, failure: mutation.error ? problemText(mutation.error) : undefined };
}
