import { TreeSkeleton } from '@/components/tree-skeleton';

export default function Loading() {
  return <TreeSkeleton />;
}
