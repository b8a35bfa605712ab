// What the live view uses of the question bank: fixing a wrong key and regrading the round.
export { KeyFixDialog, type ChosenCount } from './components/key-fix-dialog';
