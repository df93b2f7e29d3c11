import { resource, route } from '@orbita/gateway/resources';
import { CLASS_SORT_FIELDS, ENROLLMENT_RPC } from '@orbita/enrollment/rpc';

/** `/api/v1/classes`: programme classes (классы Проекта); the class list's files are `ClassListController`'s. */
export const ClassesController = resource({
  name: 'Classes',
  path: 'classes',
  tag: 'classes',
  audit: 'programme_class',
  routes: [
    route.get('', 'list', ENROLLMENT_RPC.listClasses, {
      summary: 'List programme classes (a school account sees its own school’s)',
      list: { sortable: CLASS_SORT_FIELDS, search: 'Part of the label' },
      problems: [400],
    }),
    route.post('', 'create', ENROLLMENT_RPC.createClass, {
      summary: 'Form a programme class',
      details: '`enrollment.class.formed.v1` is published.',
      bodySchema: 'CreateClass',
      problems: [400, 404, 409, 422],
    }),
    route.get(':id', 'get', ENROLLMENT_RPC.getClass, {
      summary: 'One programme class',
      problems: [400, 404],
    }),
    route.put(':id', 'update', ENROLLMENT_RPC.updateClass, {
      summary: 'Change the description of a class',
      details: '`enrollment.class.changed.v1` is published with the next revision.',
      bodySchema: 'UpdateClass',
      problems: [400, 404, 409, 422],
    }),
  ],
});

/** `/api/v1/subjects`: the profile subjects classes may have; the regional centre extends the list. */
export const SubjectsController = resource({
  name: 'Subjects',
  path: 'subjects',
  tag: 'classes',
  audit: 'subject',
  routes: [
    route.get('', 'list', ENROLLMENT_RPC.listSubjects, { summary: 'The profile subjects' }),
    route.post('', 'create', ENROLLMENT_RPC.createSubject, {
      summary: 'Add a profile subject (regional centre only)',
      bodySchema: 'CreateSubject',
      problems: [400, 409],
    }),
  ],
});
